// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/roles.h"
#include "sampledata.h"
#include "ui/failuredetailview.h"
#include "ui/failurespage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Ui::FailureDetailView;
using CardDesk::Ui::FailuresPage;
namespace Core = CardDesk::Core;
namespace Tests = CardDesk::Tests;

class TestFailuresPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reportsOpenFailureCount();
    void resultFilterHidesOtherResults();
    void textFilterMatchesUser();
    void retryEmitsSelectedUpdateIds();
    void resolveEmitsNote();
    void cancelledResolveEmitsNothing();
    void detailShowsPrettyJson();
    void detailShowsNonJsonAsReceived();

private:
    QTableView *table() const { return m_page->findChild<QTableView *>(u"failuresTableView"_s); }
    QPushButton *button(const QString &name) const { return m_page->findChild<QPushButton *>(name); }
    void selectUpdates(const QStringList &suffixes);

    FailuresPage *m_page = nullptr;
    QList<Core::OutboxEntry> m_entries;
    std::optional<QString> m_note;
};

void TestFailuresPage::init()
{
    m_entries = Tests::sampleFailures();
    m_note.reset();
    m_page = new FailuresPage;
    m_page->setNoteEditor([this](QWidget *, int) { return m_note; });
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestFailuresPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
}

void TestFailuresPage::selectUpdates(const QStringList &suffixes)
{
    QItemSelection selection;
    QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString updateId = model->index(row, 0).data(CardDesk::Models::UpdateIdRole).toString();
        if (suffixes.contains(updateId.right(1)))
            selection.select(model->index(row, 0), model->index(row, 0));
    }
    table()->selectionModel()->select(selection,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestFailuresPage::reportsOpenFailureCount()
{
    QSignalSpy count(m_page, &FailuresPage::openFailureCountChanged);
    m_page->setEntries(m_entries);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.at(0).at(0).toInt(), 3);
    m_page->setEntries(m_entries);
    QCOMPARE(count.count(), 1);
    m_page->setEntries(m_entries.mid(1));
    QCOMPARE(count.count(), 2);
    QCOMPARE(m_page->openFailureCount(), 2);
}

void TestFailuresPage::resultFilterHidesOtherResults()
{
    m_page->setEntries(m_entries);
    auto *combo = m_page->findChild<QComboBox *>(u"resultFilterComboBox"_s);
    combo->setCurrentIndex(combo->findData(int(Core::ResultCode::UserNotFound)));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 0).data(CardDesk::Models::UpdateIdRole).toString(),
             m_entries.at(1).updateId);
    combo->setCurrentIndex(0);
    QCOMPARE(table()->model()->rowCount(), 3);
}

void TestFailuresPage::textFilterMatchesUser()
{
    m_page->setEntries(m_entries);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"failureSearchLineEdit"_s), u"grace"_s);
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 0).data(CardDesk::Models::UserIdRole).toString(), u"u-1002"_s);
}

void TestFailuresPage::retryEmitsSelectedUpdateIds()
{
    m_page->setEntries(m_entries);
    QVERIFY(!button(u"retryButton"_s)->isEnabled());
    selectUpdates({u"1"_s, u"3"_s});
    QSignalSpy retry(m_page, &FailuresPage::retryRequested);
    QTest::mouseClick(button(u"retryButton"_s), Qt::LeftButton);
    QCOMPARE(retry.count(), 1);
    QStringList ids = retry.at(0).at(0).toStringList();
    ids.sort();
    QCOMPARE(ids, (QStringList{m_entries.at(0).updateId, m_entries.at(2).updateId}));
}

void TestFailuresPage::resolveEmitsNote()
{
    m_page->setEntries(m_entries);
    selectUpdates({u"2"_s});
    m_note = u"User left the company; nothing to send."_s;
    QSignalSpy resolve(m_page, &FailuresPage::resolveRequested);
    QTest::mouseClick(button(u"resolveButton"_s), Qt::LeftButton);
    QCOMPARE(resolve.count(), 1);
    QCOMPARE(resolve.at(0).at(0).toStringList(), QStringList{m_entries.at(1).updateId});
    QCOMPARE(resolve.at(0).at(1).toString(), *m_note);
}

void TestFailuresPage::cancelledResolveEmitsNothing()
{
    m_page->setEntries(m_entries);
    selectUpdates({u"2"_s});
    QSignalSpy resolve(m_page, &FailuresPage::resolveRequested);
    QTest::mouseClick(button(u"resolveButton"_s), Qt::LeftButton);
    QCOMPARE(resolve.count(), 0);
}

void TestFailuresPage::detailShowsPrettyJson()
{
    m_page->setEntries(m_entries);
    selectUpdates({u"1"_s});
    auto *detail = m_page->findChild<FailureDetailView *>();
    QVERIFY(detail->messageText().contains(u"1 of 2 cards failed"_s));
    QVERIFY(detail->messageText().contains(m_entries.first().updateId));
    QVERIFY(detail->requestText().startsWith(u"{\n    \"data\": ["_s));
    QVERIFY(detail->responseText().contains(u"\n        \"result\": \"PARTIAL_UPDATE\""_s));
}

void TestFailuresPage::detailShowsNonJsonAsReceived()
{
    m_page->setEntries(m_entries);
    selectUpdates({u"3"_s});
    auto *detail = m_page->findChild<FailureDetailView *>();
    QCOMPARE(detail->responseText(), u"<html><body>Bad gateway</body></html>"_s);
    QVERIFY(detail->messageText().contains(u"HTTP 502"_s));
    QCOMPARE(FailureDetailView::prettyBody({}), u"(empty)"_s);
}

QTEST_MAIN(TestFailuresPage)
#include "tst_failurespage.moc"
