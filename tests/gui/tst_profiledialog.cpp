// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Ui::ProfileDialog;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void secretIsMasked();
    void validation_data();
    void validation();
    void storedSecretMayStayEmpty();
    void testConnectionHandsOverValues();
    void takeSecretClearsField();
    void profileRoundTrip();

private:
    static QLineEdit *edit(ProfileDialog &dialog, const QString &name)
    {
        return dialog.findChild<QLineEdit *>(name);
    }
    static void fill(ProfileDialog &dialog, const QString &name, const QString &url, const QString &keyId,
                     const QString &secret);
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
    auto *save = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    QCOMPARE(save->isEnabled(), error.isEmpty());
    QCOMPARE(dialog.findChild<QLabel *>(u"validationLabel"_s)->text(), error);
}

void TestProfileDialog::storedSecretMayStayEmpty()
{
    ProfileDialog dialog;
    fill(dialog, u"A"_s, u"https://api.calven.com"_s, u"key-1"_s, QString());
    QVERIFY(!dialog.validationError().isEmpty());
    dialog.setSecretStored(true);
    QCOMPARE(dialog.validationError(), QString());
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
    const auto profile = test.at(0).at(0).value<ProfileDialog::Profile>();
    QCOMPARE(profile.name, u"Head office"_s);
    QCOMPARE(profile.baseUrl, QUrl(u"https://api.calven.com"_s));
    QCOMPARE(profile.region, u"ause1"_s);
    QCOMPARE(profile.authMode, ProfileDialog::AuthMode::HmacToken);
    QCOMPARE(profile.keyId, u"key-1"_s);
    QCOMPARE(test.at(0).at(1).toString(), u"s3cret"_s);
    QVERIFY(!button->isEnabled());

    dialog.setTestResult(false, u"Sign-in failed: HTTP 401. Check the key id and secret."_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"testResultLabel"_s)->text(),
             u"Sign-in failed: HTTP 401. Check the key id and secret."_s);
    QVERIFY(button->isEnabled());
}

void TestProfileDialog::takeSecretClearsField()
{
    ProfileDialog dialog;
    edit(dialog, u"secretLineEdit"_s)->setText(u"s3cret"_s);
    QCOMPARE(dialog.takeSecret(), u"s3cret"_s);
    QCOMPARE(edit(dialog, u"secretLineEdit"_s)->text(), QString());
}

void TestProfileDialog::profileRoundTrip()
{
    ProfileDialog dialog;
    const ProfileDialog::Profile profile{u"Sydney"_s, QUrl(u"https://api.calven.com"_s), u"ause1"_s,
                                         ProfileDialog::AuthMode::BasicReadOnly, u"key-7"_s};
    dialog.setProfile(profile);
    QCOMPARE(dialog.profile(), profile);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
