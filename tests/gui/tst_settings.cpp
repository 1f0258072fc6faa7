// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/carddialog.h"
#include "ui/credentialtypesettings.h"
#include "ui/sendingsettings.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Ui::CardDialog;
using CardDesk::Ui::SettingsDialog;
namespace Core = CardDesk::Core;
namespace Ui = CardDesk::Ui;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dialogShowsDefaults();
    void editedTypeBecomesOverride();
    void defaultValueIsNoOverride();
    void restoreDefaultsClearsOverrides();
    void mapRoundTripsThroughSettings();
    void cardDialogUsesStoredMap();
    void formatPickerRemembersChoice();
    void sendingOptionsShowLimits();
    void sendingOptionsRoundTrip();
    void invalidSendingOptionsUseDefaults_data();
    void invalidSendingOptionsUseDefaults();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"carddesk.ini"_s), QSettings::IniFormat);
}

void TestSettings::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestSettings::dialogShowsDefaults()
{
    SettingsDialog dialog;
    const int row = dialog.rowOfFormat(u"mifare-csn4");
    QVERIFY(row >= 0);
    QCOMPARE(dialog.credentialTypeMap(), Core::CredentialTypeMap());
    QCOMPARE(dialog.credentialTypeMap().credentialType(u"mifare-csn4"), u"Mifare"_s);
}

void TestSettings::editedTypeBecomesOverride()
{
    SettingsDialog dialog;
    dialog.setCredentialType(dialog.rowOfFormat(u"h10301"), u"  Prox26  "_s);
    const Core::CredentialTypeMap typeMap = dialog.credentialTypeMap();
    QCOMPARE(typeMap.overrides().size(), 1);
    QCOMPARE(typeMap.credentialType(u"h10301"), u"Prox26"_s);
}

void TestSettings::defaultValueIsNoOverride()
{
    Core::CredentialTypeMap stored;
    stored.setOverride(u"h10301"_s, u"Prox26"_s);
    SettingsDialog dialog;
    dialog.setCredentialTypeMap(stored);
    const int row = dialog.rowOfFormat(u"h10301");
    dialog.setCredentialType(row, u"HID Prox"_s);
    QVERIFY(dialog.credentialTypeMap().overrides().isEmpty());
    dialog.setCredentialType(row, QString());
    QVERIFY(dialog.credentialTypeMap().overrides().isEmpty());
}

void TestSettings::restoreDefaultsClearsOverrides()
{
    Core::CredentialTypeMap stored;
    stored.setOverride(u"h10301"_s, u"Prox26"_s);
    stored.setOverride(u"mifare-csn4"_s, u"MifareClassic"_s);
    SettingsDialog dialog;
    dialog.setCredentialTypeMap(stored);
    QCOMPARE(dialog.credentialTypeMap(), stored);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"restoreDefaultsButton"_s), Qt::LeftButton);
    QVERIFY(dialog.credentialTypeMap().overrides().isEmpty());
}

void TestSettings::mapRoundTripsThroughSettings()
{
    Core::CredentialTypeMap typeMap;
    typeMap.setOverride(u"desfire-csn7"_s, u"DESFireEV2"_s);
    Ui::saveCredentialTypeMap(m_settings.get(), typeMap);
    m_settings->sync();
    const QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(Ui::loadCredentialTypeMap(&reread), typeMap);

    Ui::saveCredentialTypeMap(m_settings.get(), {});
    QVERIFY(!m_settings->contains(Ui::CredentialTypeSettingsKey.toString()));
    QCOMPARE(Ui::loadCredentialTypeMap(nullptr), Core::CredentialTypeMap());
}

void TestSettings::cardDialogUsesStoredMap()
{
    Core::CredentialTypeMap typeMap;
    typeMap.setOverride(u"h10301"_s, u"Prox26"_s);
    Ui::saveCredentialTypeMap(m_settings.get(), typeMap);
    CardDialog dialog;
    dialog.setCredentialTypeMap(Ui::loadCredentialTypeMap(m_settings.get()));
    auto *combo = dialog.findChild<QComboBox *>(u"formatComboBox"_s);
    combo->setCurrentIndex(combo->findData(u"h10301"_s));
    dialog.findChild<QLineEdit *>(u"facilityCodeLineEdit"_s)->setText(u"202"_s);
    dialog.findChild<QLineEdit *>(u"cardNumberLineEdit"_s)->setText(u"1091"_s);
    QVERIFY(dialog.credential().has_value());
    QCOMPARE(dialog.credential()->credentialType, u"Prox26"_s);
}

void TestSettings::formatPickerRemembersChoice()
{
    {
        CardDialog dialog;
        dialog.setSettings(m_settings.get());
        auto *combo = dialog.findChild<QComboBox *>(u"formatComboBox"_s);
        QCOMPARE(combo->currentData().toString(), Core::cardFormats().front().id.toString());
        combo->setCurrentIndex(combo->findData(u"mifare-csn4"_s));
        dialog.findChild<QLineEdit *>(u"cardNumberLineEdit"_s)->setText(u"E43AC9D2"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(Ui::loadLastCardFormat(m_settings.get()), u"mifare-csn4"_s);
    CardDialog next;
    next.setSettings(m_settings.get());
    QCOMPARE(next.findChild<QComboBox *>(u"formatComboBox"_s)->currentData().toString(), u"mifare-csn4"_s);

    // Without settings nothing is remembered, so tests and other owners start from the first format.
    CardDialog unsaved;
    QCOMPARE(unsaved.findChild<QComboBox *>(u"formatComboBox"_s)->currentData().toString(),
             Core::cardFormats().front().id.toString());
}

void TestSettings::sendingOptionsShowLimits()
{
    SettingsDialog dialog;
    const struct
    {
        const char *objectName;
        Core::SendingLimit limit;
    } boxes[] = {
        {"batchSizeSpinBox", Core::BatchSizeLimit},
        {"maxInFlightSpinBox", Core::MaxInFlightLimit},
        {"maxAttemptsSpinBox", Core::MaxAttemptsLimit},
    };
    for (const auto &box : boxes) {
        auto *spinBox = dialog.findChild<QSpinBox *>(QString::fromLatin1(box.objectName));
        QVERIFY2(spinBox, box.objectName);
        QCOMPARE(spinBox->minimum(), box.limit.minimum);
        QCOMPARE(spinBox->maximum(), box.limit.maximum);
        QCOMPARE(spinBox->value(), box.limit.defaultValue);
    }
    QCOMPARE(dialog.sendingSettings(), Ui::SendingSettings());
    QCOMPARE(Core::BatchSizeLimit.maximum, 100);
}

void TestSettings::sendingOptionsRoundTrip()
{
    QCOMPARE(Ui::loadSendingSettings(m_settings.get()), Ui::SendingSettings());
    SettingsDialog dialog;
    dialog.setSendingSettings(Ui::loadSendingSettings(m_settings.get()));
    dialog.findChild<QSpinBox *>(u"batchSizeSpinBox"_s)->setValue(25);
    // Typed values beyond the range are clamped by the spin box.
    dialog.findChild<QSpinBox *>(u"maxInFlightSpinBox"_s)->setValue(20);
    dialog.findChild<QSpinBox *>(u"maxAttemptsSpinBox"_s)->setValue(3);
    const Ui::SendingSettings edited = dialog.sendingSettings();
    QCOMPARE(edited.batchSize, 25);
    QCOMPARE(edited.maxInFlight, Core::MaxInFlightLimit.maximum);
    QCOMPARE(edited.maxAttempts, 3);

    Ui::saveSendingSettings(m_settings.get(), edited);
    m_settings->sync();
    const QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(Ui::loadSendingSettings(&reread), edited);

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"restoreDefaultsButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.sendingSettings(), Ui::SendingSettings());
    Ui::saveSendingSettings(m_settings.get(), dialog.sendingSettings());
    QVERIFY(!m_settings->contains(Ui::BatchSizeSettingsKey.toString()));
    QVERIFY(!m_settings->contains(Ui::MaxInFlightSettingsKey.toString()));
    QVERIFY(!m_settings->contains(Ui::MaxAttemptsSettingsKey.toString()));
    QCOMPARE(Ui::loadSendingSettings(nullptr), Ui::SendingSettings());
}

void TestSettings::invalidSendingOptionsUseDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("batch size over Calven's limit") << Ui::BatchSizeSettingsKey.toString() << QVariant(500);
    QTest::newRow("batch size zero") << Ui::BatchSizeSettingsKey.toString() << QVariant(0);
    QTest::newRow("in flight text") << Ui::MaxInFlightSettingsKey.toString() << QVariant(u"many"_s);
    QTest::newRow("attempts negative") << Ui::MaxAttemptsSettingsKey.toString() << QVariant(-1);
}

void TestSettings::invalidSendingOptionsUseDefaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    Ui::SendingSettings valid;
    valid.batchSize = 50;
    valid.maxInFlight = 3;
    valid.maxAttempts = 7;
    Ui::saveSendingSettings(m_settings.get(), valid);
    m_settings->setValue(key, stored);

    // Only the invalid value falls back to its default.
    const Ui::SendingSettings loaded = Ui::loadSendingSettings(m_settings.get());
    const Ui::SendingSettings defaults;
    QCOMPARE(loaded.batchSize, key == Ui::BatchSizeSettingsKey ? defaults.batchSize : valid.batchSize);
    QCOMPARE(loaded.maxInFlight,
             key == Ui::MaxInFlightSettingsKey ? defaults.maxInFlight : valid.maxInFlight);
    QCOMPARE(loaded.maxAttempts,
             key == Ui::MaxAttemptsSettingsKey ? defaults.maxAttempts : valid.maxAttempts);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
