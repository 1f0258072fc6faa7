// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"
#include "ui/carddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Ui::CardDialog;
namespace Core = CardDesk::Core;

class TestCardDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void validCardEnablesOk();
    void liveValidation_data();
    void liveValidation();
    void formatWithoutFacilityCodeDisablesField();
    void editShowsExistingCard();
    void typeMapOverrideReachesPreview();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    void chooseFormat(const QString &id);
    QPushButton *okButton() const
    {
        return child<QDialogButtonBox>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }

    CardDialog *m_dialog = nullptr;
};

void TestCardDialog::init()
{
    m_dialog = new CardDialog;
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestCardDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

void TestCardDialog::chooseFormat(const QString &id)
{
    auto *combo = child<QComboBox>(u"formatComboBox"_s);
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    combo->setCurrentIndex(index);
}

void TestCardDialog::validCardEnablesOk()
{
    chooseFormat(u"h10301"_s);
    QVERIFY(!okButton()->isEnabled());
    QTest::keyClicks(child<QLineEdit>(u"facilityCodeLineEdit"_s), u"202"_s);
    QTest::keyClicks(child<QLineEdit>(u"cardNumberLineEdit"_s), u"01091"_s);
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(child<QLabel>(u"scanDataLabel"_s)->text(), u"202:01091"_s);
    QVERIFY(!child<QLabel>(u"credentialTypeLabel"_s)->text().isEmpty());
    const std::optional<Core::Credential> card = m_dialog->credential();
    QVERIFY(card.has_value());
    QCOMPARE(card->formatId, u"h10301"_s);
    QCOMPARE(card->facilityCode, u"202"_s);
    QCOMPARE(card->cardNumber, u"01091"_s);
    QCOMPARE(card->active, true);
    child<QCheckBox>(u"activeCheckBox"_s)->setChecked(false);
    QCOMPARE(m_dialog->credential()->active, false);
}

void TestCardDialog::liveValidation_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("facilityCode");
    QTest::addColumn<QString>("cardNumber");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("card number out of range")
        << u"h10301"_s << u"1"_s << u"70000"_s << u"cardNumberErrorLabel"_s << u"70000"_s;
    QTest::newRow("facility code out of range")
        << u"h10301"_s << u"256"_s << u"1"_s << u"facilityCodeErrorLabel"_s << u"256"_s;
    QTest::newRow("excel scientific notation")
        << u"h10302"_s << QString() << u"1.23457E+09"_s << u"cardNumberErrorLabel"_s << u"1.23457E+09"_s;
    QTest::newRow("letters in decimal")
        << u"h10301"_s << u"1"_s << u"12a"_s << u"cardNumberErrorLabel"_s << u"12a"_s;
}

void TestCardDialog::liveValidation()
{
    QFETCH(QString, format);
    QFETCH(QString, facilityCode);
    QFETCH(QString, cardNumber);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    chooseFormat(format);
    QTest::keyClicks(child<QLineEdit>(u"facilityCodeLineEdit"_s), facilityCode);
    QTest::keyClicks(child<QLineEdit>(u"cardNumberLineEdit"_s), cardNumber);
    auto *label = child<QLabel>(field);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(fragment), qPrintable(label->text()));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(!m_dialog->credential().has_value());
}

void TestCardDialog::formatWithoutFacilityCodeDisablesField()
{
    chooseFormat(u"h10301"_s);
    QTest::keyClicks(child<QLineEdit>(u"facilityCodeLineEdit"_s), u"12"_s);
    chooseFormat(u"mifare-csn4"_s);
    auto *facility = child<QLineEdit>(u"facilityCodeLineEdit"_s);
    QVERIFY(!facility->isEnabled());
    QCOMPARE(facility->text(), QString());
    QTest::keyClicks(child<QLineEdit>(u"cardNumberLineEdit"_s), u"e4 3a c9 d2"_s);
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(m_dialog->credential()->cardNumber, u"E43AC9D2"_s);
    QVERIFY(child<QLabel>(u"formatHintLabel"_s)->text().contains(u"4-byte"_s));
}

void TestCardDialog::editShowsExistingCard()
{
    const Core::Credential card = CardDesk::Tests::sampleCard(u"5"_s, u"777"_s, false);
    m_dialog->setCredential(card);
    QCOMPARE(m_dialog->windowTitle(), u"Edit card"_s);
    QCOMPARE(child<QComboBox>(u"formatComboBox"_s)->currentData().toString(), u"h10301"_s);
    QCOMPARE(child<QLineEdit>(u"facilityCodeLineEdit"_s)->text(), u"5"_s);
    QCOMPARE(child<QLineEdit>(u"cardNumberLineEdit"_s)->text(), u"777"_s);
    QVERIFY(!child<QCheckBox>(u"activeCheckBox"_s)->isChecked());
    QVERIFY(okButton()->isEnabled());
}

void TestCardDialog::typeMapOverrideReachesPreview()
{
    Core::CredentialTypeMap typeMap;
    typeMap.setOverride(u"h10301"_s, u"Site Prox 26"_s);
    m_dialog->setCredentialTypeMap(typeMap);
    chooseFormat(u"h10301"_s);
    QTest::keyClicks(child<QLineEdit>(u"facilityCodeLineEdit"_s), u"1"_s);
    QTest::keyClicks(child<QLineEdit>(u"cardNumberLineEdit"_s), u"2"_s);
    QCOMPARE(child<QLabel>(u"credentialTypeLabel"_s)->text(), u"Site Prox 26"_s);
    QCOMPARE(m_dialog->credential()->credentialType, u"Site Prox 26"_s);
}

QTEST_MAIN(TestCardDialog)
#include "tst_carddialog.moc"
