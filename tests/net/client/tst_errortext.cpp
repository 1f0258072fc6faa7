// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The wording of the error texts that quote Calven or point to the key settings.

#include "net/errortext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Net;

namespace {

const QUrl BaseUrl(u"https://api.calven.test"_s);

} // namespace

class TestErrorText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void calvenMessageEndsSentence_data();
    void calvenMessageEndsSentence();
    void signInMessageBeforeClockSkew();
    void keyHintDefault();
    void keyHintSetByProgram();
};

void TestErrorText::cleanup()
{
    ErrorText::setKeySettingsHint({});
}

void TestErrorText::calvenMessageEndsSentence_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expectedEnd");

    QTest::newRow("no full stop") << u"maintenance window"_s << u"Calven's message: maintenance window."_s;
    QTest::newRow("full stop") << u"Try later."_s << u"Calven's message: Try later."_s;
    QTest::newRow("question mark") << u"Is the key enabled?"_s << u"Calven's message: Is the key enabled?"_s;
    QTest::newRow("cut off") << u"A long text..."_s << u"Calven's message: A long text..."_s;
}

void TestErrorText::calvenMessageEndsSentence()
{
    QFETCH(QString, message);
    QFETCH(QString, expectedEnd);

    const QString http = ErrorText::http("GET", QUrl(u"https://api.calven.test/v1/analytics/users"_s), 409,
                                         u"Conflict"_s, message);
    QVERIFY2(http.endsWith(expectedEnd), qPrintable(http));

    const QString signIn =
        ErrorText::signInFailed(AuthMode::HmacToken, BaseUrl, u"key-7"_s, 401, message, std::nullopt);
    QVERIFY2(signIn.endsWith(expectedEnd), qPrintable(signIn));
}

void TestErrorText::signInMessageBeforeClockSkew()
{
    const QString text = ErrorText::signInFailed(AuthMode::HmacToken, BaseUrl, u"key-7"_s, 401,
                                                 u"signature expired"_s, qint64(600));
    QVERIFY2(text.contains(u"Calven's message: signature expired. This PC's clock is 600 seconds"_s),
             qPrintable(text));
}

void TestErrorText::keyHintDefault()
{
    const QString signIn =
        ErrorText::signInFailed(AuthMode::ClientSecret, BaseUrl, u"key-7"_s, 401, {}, std::nullopt);
    QVERIFY2(
        signIn.contains(u"(HTTP 401). Check the key id and secret of the API key, then sign in again."_s),
        qPrintable(signIn));
    QVERIFY2(!signIn.contains(u"in the profile"_s), qPrintable(signIn));

    const QString basic = ErrorText::basicRejected(BaseUrl, u"key-7"_s);
    QVERIFY2(basic.contains(u"\"key-7\""_s), qPrintable(basic));
    QVERIFY2(basic.endsWith(u"Check the key id and secret of the API key, then sign in again."_s),
             qPrintable(basic));
}

void TestErrorText::keyHintSetByProgram()
{
    const QString hint = u"Run \"tool --key-id\" again."_s;
    ErrorText::setKeySettingsHint(hint);

    const QString signIn =
        ErrorText::signInFailed(AuthMode::HmacToken, BaseUrl, u"key-7"_s, 403, u"denied"_s, std::nullopt);
    QVERIFY2(signIn.contains(u"(HTTP 403). "_s + hint + u" Calven's message: denied."_s), qPrintable(signIn));
    QVERIFY2(!signIn.contains(u"of the API key"_s), qPrintable(signIn));

    const QString basic = ErrorText::basicRejected(BaseUrl, u"key-7"_s);
    QVERIFY2(basic.endsWith(u"Basic authentication. "_s + hint), qPrintable(basic));

    // A status other than 401 and 403 points to the base URL and authentication mode instead.
    const QString other =
        ErrorText::signInFailed(AuthMode::HmacToken, BaseUrl, u"key-7"_s, 400, {}, std::nullopt);
    QVERIFY2(!other.contains(hint), qPrintable(other));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
