// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Directory text that is hard to display, on the real main window offscreen: very long names,
// markup, right-to-left scripts, emoji and combining characters.

#include "core/directorytable.h"
#include "ui/elidedlabel.h"
#include "ui/mainwindow.h"
#include "ui/userpanel.h"
#include "ui/userspage.h"

#include <QLabel>
#include <QSplitter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr int WindowWidth = 1360;

Core::DirectoryUser userNamed(const QString &firstName, const QString &lastName = u"Doe"_s)
{
    Core::DirectoryUser user;
    user.userId = u"u-1"_s;
    user.email = u"someone@example.com"_s;
    user.firstName = firstName;
    user.lastName = lastName;
    user.status = u"active"_s;
    return user;
}

} // namespace

class TestDirectoryText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void longNameKeepsWindowWidth();
    void markupShownLiterally();
    void namesRoundTrip_data();
    void namesRoundTrip();
    void nameMissingShowsUserId();

private:
    Ui::ElidedLabel *nameLabel() const;

    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestDirectoryText::init()
{
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->resize(WindowWidth, 840);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDirectoryText::cleanup()
{
    m_window.reset();
}

Ui::ElidedLabel *TestDirectoryText::nameLabel() const
{
    return m_window->usersPage()->userPanel()->findChild<Ui::ElidedLabel *>(u"userNameLabel"_s);
}

void TestDirectoryText::longNameKeepsWindowWidth()
{
    QString longName;
    for (int i = 0; longName.size() < 10000; ++i)
        longName.append(i % 7 == 6 ? u' ' : u'W');
    Ui::UserPanel *panel = m_window->usersPage()->userPanel();
    panel->setUser(userNamed(longName, u"Long"_s), u"A location whose name is long as well"_s.repeated(200));
    QApplication::processEvents();

    QCOMPARE(m_window->width(), WindowWidth);
    QVERIFY(m_window->minimumSizeHint().width() < WindowWidth);
    QVERIFY(panel->width() < WindowWidth);
    // The users table keeps most of the window, as the splitter's stretch factors give it.
    const auto *splitter = m_window->usersPage()->findChild<QSplitter *>(u"usersSplitter"_s);
    QVERIFY(splitter);
    QVERIFY(splitter->sizes().constFirst() > splitter->sizes().constLast());

    Ui::ElidedLabel *label = nameLabel();
    QVERIFY(label);
    QCOMPARE(label->fullText(), longName + u" Long"_s);
    QVERIFY(label->width() <= panel->width());
    QVERIFY(label->text().size() < 1000);
    QVERIFY(label->text().endsWith(QChar(0x2026)));
    QVERIFY(longName.startsWith(label->text().chopped(1)));
    // The tooltip shows the start of the name, cut at a bounded length.
    QVERIFY(label->toolTip().contains(longName.left(Ui::MaxToolTipLength / 2)));
    QVERIFY(label->toolTip().size() < 2 * Ui::MaxToolTipLength);

    const auto *detail = panel->findChild<QLabel *>(u"userDetailLabel"_s);
    QVERIFY(detail);
    QVERIFY(detail->width() <= panel->width());
}

void TestDirectoryText::markupShownLiterally()
{
    Ui::UserPanel *panel = m_window->usersPage()->userPanel();
    panel->setUser(userNamed(u"<b>x</b>"_s, u"<img src=\"file:///etc/passwd\">"_s), u"<i>Berlin</i>"_s);
    QApplication::processEvents();

    Ui::ElidedLabel *label = nameLabel();
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), u"<b>x</b> <img src=\"file:///etc/passwd\">"_s);
    // The tooltip is markup that shows the name literally.
    QVERIFY2(label->toolTip().contains(u"&lt;b&gt;x&lt;/b&gt;"_s), qPrintable(label->toolTip()));
    QVERIFY(!label->toolTip().contains(u"<b>"_s));

    const auto *detail = panel->findChild<QLabel *>(u"userDetailLabel"_s);
    QVERIFY(detail);
    QCOMPARE(detail->textFormat(), Qt::PlainText);
    QVERIFY(detail->text().contains(u"<i>Berlin</i>"_s));

    for (const QString &name :
         {u"lastPushLabel"_s, u"sendErrorLabel"_s, u"pendingChangesLabel"_s, u"pendingSummaryLabel"_s}) {
        const auto *footerLabel = panel->findChild<QLabel *>(name);
        QVERIFY2(footerLabel, qPrintable(name));
        QCOMPARE(footerLabel->textFormat(), Qt::PlainText);
    }
    panel->showSendError(u"Card 1234 is held by <b>Eve</b>."_s);
    QCOMPARE(panel->sendErrorText(), u"Card 1234 is held by <b>Eve</b>."_s);
    const auto *refreshLabel = m_window->usersPage()->findChild<QLabel *>(u"refreshLabel"_s);
    QVERIFY(refreshLabel);
    QCOMPARE(refreshLabel->textFormat(), Qt::PlainText);
}

void TestDirectoryText::namesRoundTrip_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<Qt::LayoutDirection>("direction");

    QTest::newRow("arabic") << u"محمد"_s << u"عبد الله"_s << Qt::RightToLeft;
    QTest::newRow("hebrew with points") << u"שָׁלוֹם"_s << u"כהן"_s << Qt::RightToLeft;
    QTest::newRow("latin then arabic") << u"Ana"_s << u"شريف"_s << Qt::LeftToRight;
    QTest::newRow("emoji") << u"Ana 🙂"_s << u"🇩🇪"_s << Qt::LeftToRight;
    QTest::newRow("emoji zwj sequence") << u"👩\u200D💻"_s << u"Dev"_s << Qt::LeftToRight;
    QTest::newRow("combining acute") << u"Jose\u0301"_s << u"Nun\u0303ez"_s << Qt::LeftToRight;
}

void TestDirectoryText::namesRoundTrip()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(Qt::LayoutDirection, direction);

    m_window->usersPage()->userPanel()->setUser(userNamed(firstName, lastName), u"Berlin"_s);
    QApplication::processEvents();
    Ui::ElidedLabel *label = nameLabel();
    QVERIFY(label);
    const QString expected = firstName + u' ' + lastName;
    QCOMPARE(label->fullText(), expected);
    QCOMPARE(label->text(), expected);
    QCOMPARE(label->layoutDirection(), direction);
}

void TestDirectoryText::nameMissingShowsUserId()
{
    Core::DirectoryUser user = userNamed(QString(), QString());
    user.email.clear();
    m_window->usersPage()->userPanel()->setUser(user, QString());
    QApplication::processEvents();
    Ui::ElidedLabel *label = nameLabel();
    QVERIFY(label);
    QCOMPARE(label->text(), u"No name or email (user u-1)"_s);

    // With an email and no name, the email is shown as the name.
    m_window->usersPage()->userPanel()->setUser(userNamed(QString(), QString()), QString());
    QCOMPARE(label->text(), u"someone@example.com"_s);
}

QTEST_MAIN(TestDirectoryText)
#include "tst_directorytext.moc"
