// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/networksettingswidget.h"
#include "ui/profiledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Ui;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void secretIsMasked();
    void validation_data();
    void validation();
    void storedSecretMayStayEmpty();
    void storedSecretFollowsKeyId();
    void separateKeysShowReadKey();
    void separateKeysValidation();
    void testConnectionHandsOverValues();
    void saveEmitsAndWaitsForOwner();
    void takeSecretsClearsFields();
    void profileRoundTrip();
    void networkSettingsRoundTrip();
    void caBundleMustBeReadable();
    void caBundleBrowseUsesChooser();
    void explicitProxyNeedsHost();

private:
    static QLineEdit *edit(QWidget &dialog, const QString &name)
    {
        return dialog.findChild<QLineEdit *>(name);
    }
    static void fill(ProfileDialog &dialog, const QString &name, const QString &url, const QString &keyId,
                     const QString &secret);
    static QPushButton *saveButton(ProfileDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    }
};

void TestProfileDialog::fill(ProfileDialog &dialog, const QString &name, const QString &url,
                             const QString &keyId, const QString &secret)
{
    edit(dialog, u"nameLineEdit"_s)->setText(name);
    edit(dialog, u"baseUrlLineEdit"_s)->setText(url);
    edit(dialog, u"keyIdLineEdit"_s)->setText(keyId);
    edit(dialog, u"secretLineEdit"_s)->setText(secret);
}

void TestProfileDialog::secretIsMasked()
{
    ProfileDialog dialog;
    QCOMPARE(edit(dialog, u"secretLineEdit"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(edit(dialog, u"readSecretLineEdit"_s)->echoMode(), QLineEdit::Password);
}

void TestProfileDialog::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("error");

    QTest::newRow("valid") << u"Head office"_s << u"https://api.calven.com"_s << u"key-1"_s << u"s3cret"_s
                           << QString();
    QTest::newRow("loopback http") << u"Sim"_s << u"http://127.0.0.1:8080"_s << u"key-1"_s << u"x"_s
                                   << QString();
    QTest::newRow("no name") << QString() << u"https://api.calven.com"_s << u"key-1"_s << u"x"_s
                             << u"Enter a profile name, for example \"Head office\"."_s;
    QTest::newRow("not a url") << u"A"_s << u"api calven"_s << u"key-1"_s << u"x"_s
                               << u"Base URL \"api calven\" is not a web address. Enter one such as "
                                  "https://api.calven.com."_s;
    QTest::newRow("remote http")
        << u"A"_s << u"http://api.calven.com"_s << u"key-1"_s << u"x"_s
        << u"Base URL \"http://api.calven.com\" uses unencrypted http. Use https; http "
           "is accepted only for a simulator on this computer (127.0.0.1)."_s;
    QTest::newRow("no key id") << u"A"_s << u"https://api.calven.com"_s << QString() << u"x"_s
                               << u"Enter the API key id that Calven issued for this tenant."_s;
    QTest::newRow("colon in key id")
        << u"A"_s << u"https://api.calven.com"_s << u"key:1"_s << u"x"_s
        << u"Key id \"key:1\" contains ':', which no Calven key id does. Check that the key id and the "
           "secret are in the right fields."_s;
    QTest::newRow("no secret")
        << u"A"_s << u"https://api.calven.com"_s << u"key-9"_s << QString()
        << u"Enter the secret for API key key-9. It is kept in the system keychain, never "
           "in a file."_s;
}

void TestProfileDialog::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, error);
    ProfileDialog dialog;
    fill(dialog, name, url, keyId, secret);
    QCOMPARE(dialog.validationError(), error);
    QCOMPARE(saveButton(dialog)->isEnabled(), error.isEmpty());
    QCOMPARE(dialog.findChild<QLabel *>(u"validationLabel"_s)->text(), error);
}

void TestProfileDialog::storedSecretMayStayEmpty()
{
    ProfileDialog dialog;
    fill(dialog, u"A"_s, u"https://api.calven.com"_s, u"key-1"_s, QString());
    QVERIFY(!dialog.validationError().isEmpty());
    dialog.setSecretStored(KeySlot::Write, QUrl(u"https://api.calven.com"_s), u"key-1"_s);
    QCOMPARE(dialog.validationError(), QString());
    QVERIFY(edit(dialog, u"secretLineEdit"_s)->placeholderText().contains(u"Stored"_s));
}

void TestProfileDialog::storedSecretFollowsKeyId()
{
    ProfileDialog dialog;
    fill(dialog, u"A"_s, u"https://api.calven.com"_s, u"key-1"_s, QString());
    dialog.setSecretStored(KeySlot::Write, QUrl(u"https://api.calven.com"_s), u"key-1"_s);
    QVERIFY(dialog.isSecretStored(KeySlot::Write));

    // The stored secret belongs to key-1 at that URL, so another key or tenant needs its own.
    edit(dialog, u"keyIdLineEdit"_s)->setText(u"key-2"_s);
    QVERIFY(!dialog.isSecretStored(KeySlot::Write));
    QVERIFY(dialog.validationError().contains(u"key-2"_s));
    edit(dialog, u"keyIdLineEdit"_s)->setText(u"key-1"_s);
    edit(dialog, u"baseUrlLineEdit"_s)->setText(u"https://other.example.com"_s);
    QVERIFY(!dialog.isSecretStored(KeySlot::Write));
    edit(dialog, u"baseUrlLineEdit"_s)->setText(u"https://API.calven.com/"_s);
    QVERIFY(dialog.isSecretStored(KeySlot::Write));
}

void TestProfileDialog::separateKeysShowReadKey()
{
    ProfileDialog dialog;
    dialog.show();
    auto *readGroup = dialog.findChild<QGroupBox *>(u"readkeyGroupBox"_s);
    auto *writeGroup = dialog.findChild<QGroupBox *>(u"keyGroupBox"_s);
    QVERIFY(readGroup);
    QVERIFY(!readGroup->isVisible());
    QCOMPARE(writeGroup->title(), u"API key"_s);

    dialog.findChild<QRadioButton *>(u"separateKeysRadioButton"_s)->setChecked(true);
    QVERIFY(readGroup->isVisible());
    QCOMPARE(writeGroup->title(), u"Write key: sends card updates"_s);
}

void TestProfileDialog::separateKeysValidation()
{
    ProfileDialog dialog;
    fill(dialog, u"A"_s, u"https://api.calven.com"_s, u"write-1"_s, u"w"_s);
    dialog.findChild<QRadioButton *>(u"separateKeysRadioButton"_s)->setChecked(true);
    QCOMPARE(dialog.validationError(),
             u"Enter the key id of the read key, which reads users and locations."_s);

    edit(dialog, u"readKeyIdLineEdit"_s)->setText(u"write-1"_s);
    edit(dialog, u"readSecretLineEdit"_s)->setText(u"r"_s);
    QVERIFY2(dialog.validationError().contains(u"both write-1"_s), qPrintable(dialog.validationError()));

    edit(dialog, u"readKeyIdLineEdit"_s)->setText(u"read-1"_s);
    edit(dialog, u"readSecretLineEdit"_s)->clear();
    QVERIFY2(dialog.validationError().contains(u"read-1"_s), qPrintable(dialog.validationError()));
    edit(dialog, u"readSecretLineEdit"_s)->setText(u"r"_s);
    QCOMPARE(dialog.validationError(), QString());

    auto *writeMode = dialog.findChild<QComboBox *>(u"authModeComboBox"_s);
    writeMode->setCurrentIndex(writeMode->findData(int(AuthMode::BasicReadOnly)));
    QVERIFY2(dialog.validationError().contains(u"write key cannot use Basic"_s),
             qPrintable(dialog.validationError()));

    // One key with Basic is allowed: the profile then only reads.
    dialog.findChild<QRadioButton *>(u"singleKeyRadioButton"_s)->setChecked(true);
    QCOMPARE(dialog.validationError(), QString());
    QVERIFY(
        dialog.findChild<QLabel *>(u"authModeHintLabel"_s)->text().contains(u"cannot send card updates"_s));
}

void TestProfileDialog::testConnectionHandsOverValues()
{
    ProfileDialog dialog;
    fill(dialog, u"Head office"_s, u"https://api.calven.com"_s, u"key-1"_s, u"s3cret"_s);
    auto *region = dialog.findChild<QComboBox *>(u"regionComboBox"_s);
    region->setCurrentIndex(region->findData(u"ause1"_s));
    QSignalSpy test(&dialog, &ProfileDialog::testConnectionRequested);
    auto *button = dialog.findChild<QPushButton *>(u"testConnectionButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(test.count(), 1);
    const auto profile = test.at(0).at(0).value<ProfileEntry>();
    QCOMPARE(profile.name, u"Head office"_s);
    QCOMPARE(profile.baseUrl, QUrl(u"https://api.calven.com"_s));
    QCOMPARE(profile.region, u"ause1"_s);
    QCOMPARE(profile.writeKey.authMode, AuthMode::HmacToken);
    QCOMPARE(profile.writeKey.keyId, u"key-1"_s);
    QVERIFY(!profile.separateKeys);
    QCOMPARE(test.at(0).at(1).value<ProfileSecrets>().write, u"s3cret"_s);
    QVERIFY(!button->isEnabled());

    dialog.setTestResult({KeySlot::Write,
                          u"API key key-1"_s,
                          {{ConnectionCheckItem::State::Failed, u"Signed in"_s}},
                          u"Check the key id and secret."_s});
    QVERIFY(dialog.testPanel()->resultText(KeySlot::Write).contains(u"Check the key id and secret."_s));
    QVERIFY(!button->isEnabled());
    dialog.setTestFinished();
    QVERIFY(button->isEnabled());
}

void TestProfileDialog::saveEmitsAndWaitsForOwner()
{
    ProfileDialog dialog;
    dialog.show();
    fill(dialog, u"A"_s, u"https://api.calven.com"_s, u"key-1"_s, u"s3cret"_s);
    QSignalSpy save(&dialog, &ProfileDialog::saveRequested);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCOMPARE(save.count(), 1);
    QCOMPARE(save.at(0).at(1).value<ProfileSecrets>().write, u"s3cret"_s);
    QVERIFY(dialog.isVisible());

    dialog.setBusy(u"Saving…"_s);
    QVERIFY(!saveButton(dialog)->isEnabled());
    dialog.showError(u"The keychain is locked."_s);
    QVERIFY(saveButton(dialog)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"statusLabel"_s)->text(), u"The keychain is locked."_s);
    QCOMPARE(edit(dialog, u"secretLineEdit"_s)->text(), u"s3cret"_s);

    dialog.closeSaved();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(edit(dialog, u"secretLineEdit"_s)->text(), QString());
}

void TestProfileDialog::takeSecretsClearsFields()
{
    ProfileDialog dialog;
    dialog.findChild<QRadioButton *>(u"separateKeysRadioButton"_s)->setChecked(true);
    edit(dialog, u"secretLineEdit"_s)->setText(u"w"_s);
    edit(dialog, u"readSecretLineEdit"_s)->setText(u"r"_s);
    const ProfileSecrets secrets = dialog.takeSecrets();
    QCOMPARE(secrets.write, u"w"_s);
    QCOMPARE(secrets.read, u"r"_s);
    QCOMPARE(edit(dialog, u"secretLineEdit"_s)->text(), QString());
    QCOMPARE(edit(dialog, u"readSecretLineEdit"_s)->text(), QString());
}

void TestProfileDialog::profileRoundTrip()
{
    ProfileDialog dialog;
    ProfileEntry profile;
    profile.name = u"Sydney"_s;
    profile.baseUrl = QUrl(u"https://api.calven.com"_s);
    profile.region = u"ause1"_s;
    profile.writeKey = {AuthMode::ClientSecret, u"key-7"_s};
    profile.separateKeys = true;
    profile.readKey = {AuthMode::BasicReadOnly, u"key-8"_s};
    dialog.setProfile(profile);
    QCOMPARE(dialog.profile(), profile);
}

void TestProfileDialog::networkSettingsRoundTrip()
{
    QTemporaryDir dir;
    const QString bundle = dir.filePath(u"ca.pem"_s);
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();

    ProfileDialog dialog;
    ProfileEntry profile;
    profile.name = u"Proxy site"_s;
    profile.baseUrl = QUrl(u"https://api.calven.com"_s);
    profile.region = u"usce1"_s;
    profile.writeKey.keyId = u"key-1"_s;
    profile.network = {bundle, ProxyMode::Explicit, u"proxy.example.com"_s, 3128, u"desk"_s, false, 90};
    dialog.setProfile(profile);
    QCOMPARE(dialog.profile(), profile);
    QCOMPARE(dialog.findChild<QSpinBox *>(u"timeoutSpinBox"_s)->value(), 90);
    QVERIFY(!dialog.findChild<QCheckBox *>(u"http2CheckBox"_s)->isChecked());

    dialog.showNetworkSettings();
    QCOMPARE(dialog.findChild<QTabWidget *>(u"tabWidget"_s)->currentWidget(), dialog.networkSettings());
}

void TestProfileDialog::caBundleMustBeReadable()
{
    ProfileDialog dialog;
    fill(dialog, u"A"_s, u"https://api.calven.com"_s, u"key-1"_s, u"x"_s);
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.pem"_s);
    edit(dialog, u"caBundleLineEdit"_s)->setText(missing);
    QVERIFY2(dialog.validationError().contains(u"was not found"_s), qPrintable(dialog.validationError()));
    QVERIFY(dialog.validationError().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(!saveButton(dialog)->isEnabled());

    edit(dialog, u"caBundleLineEdit"_s)->setText(dir.path());
    QVERIFY2(dialog.validationError().contains(u"is a folder"_s), qPrintable(dialog.validationError()));

    const QString notes = dir.filePath(u"notes.txt"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    edit(dialog, u"caBundleLineEdit"_s)->setText(notes);
    QCOMPARE(dialog.validationError(), QString());

    // The owner's check can reject a file that opens but contains no certificate.
    dialog.networkSettings()->setCaBundleCheck(
        [](const QString &path) { return u"No certificate in %1."_s.arg(path); });
    QCOMPARE(dialog.validationError(), u"No certificate in %1."_s.arg(notes));
    edit(dialog, u"caBundleLineEdit"_s)->clear();
    QCOMPARE(dialog.validationError(), QString());
}

void TestProfileDialog::caBundleBrowseUsesChooser()
{
    NetworkSettingsWidget widget;
    QString askedCaption;
    widget.setFileNameChooser(
        [&askedCaption](QWidget *, const QString &caption, const QString &, const QString &) {
            askedCaption = caption;
            return u"/tmp/company-ca.pem"_s;
        });
    QTest::mouseClick(widget.findChild<QPushButton *>(u"caBundleBrowseButton"_s), Qt::LeftButton);
    QCOMPARE(askedCaption, u"Choose a CA bundle"_s);
    QCOMPARE(widget.settings().caBundlePath, u"/tmp/company-ca.pem"_s);
}

void TestProfileDialog::explicitProxyNeedsHost()
{
    NetworkSettingsWidget widget;
    auto *mode = widget.findChild<QComboBox *>(u"proxyModeComboBox"_s);
    auto *host = edit(widget, u"proxyHostLineEdit"_s);
    QVERIFY(!host->isEnabled());
    mode->setCurrentIndex(mode->findData(int(ProxyMode::Explicit)));
    QVERIFY(host->isEnabled());
    QCOMPARE(widget.validationError(), u"Enter the proxy host name, or choose another way to connect."_s);
    host->setText(u"http://proxy.example.com:3128"_s);
    QVERIFY2(widget.validationError().contains(u"is not a host name"_s),
             qPrintable(widget.validationError()));
    host->setText(u"proxy.example.com"_s);
    QCOMPARE(widget.validationError(), QString());
    QCOMPARE(widget.settings().proxyMode, ProxyMode::Explicit);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
