// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Net;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerValue_data();
    void headerValue();
    void formatHeadersMasksOnlySecrets();
    void jsonBody_data();
    void jsonBody();
    void nestedJsonKeepsStructure();
    void credentialBodyUnchanged();
    void text_data();
    void text();
    void url();
    void scrubValues();
    void logExcerptCutsAfterMasking();
};

void TestRedaction::headerValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer eyJhbGciOi.abc.def")
                            << QByteArray("Bearer [redacted]");
    QTest::newRow("basic lower-case name")
        << QByteArray("authorization") << QByteArray("Basic bXlLZXlJZDpteVNlY3JldA==")
        << QByteArray("Basic [redacted]");
    QTest::newRow("bare credential") << QByteArray("Authorization") << QByteArray("abcdef")
                                     << QByteArray("[redacted]");
    QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << QByteArray("Basic Zm9vOmJhcg==")
                           << QByteArray("Basic [redacted]");
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("session=abc") << QByteArray("[redacted]");
    QTest::newRow("set-cookie") << QByteArray("Set-Cookie") << QByteArray("a=b") << QByteArray("[redacted]");
    QTest::newRow("custom token header")
        << QByteArray("X-Auth-Token") << QByteArray("t0k3n") << QByteArray("[redacted]");
    QTest::newRow("api key header") << QByteArray("X-Api-Key") << QByteArray("k") << QByteArray("[redacted]");
    QTest::newRow("region kept") << QByteArray("x-calven-region") << QByteArray("ause1")
                                 << QByteArray("ause1");
    QTest::newRow("correlation id kept")
        << QByteArray("correlationId") << QByteArray("1234") << QByteArray("1234");
    QTest::newRow("content type kept")
        << QByteArray("Content-Type") << QByteArray("application/json") << QByteArray("application/json");
}

void TestRedaction::headerValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Redaction::redactHeaderValue(name, value), expected);
}

void TestRedaction::formatHeadersMasksOnlySecrets()
{
    const QString formatted = Redaction::formatHeaders({{"Authorization", "Bearer secret-token-value"},
                                                        {"x-calven-region", "usce1"},
                                                        {"correlationId", "r-1"}});
    QCOMPARE(formatted, u"Authorization: Bearer [redacted]; x-calven-region: usce1; correlationId: r-1"_s);
}

void TestRedaction::jsonBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");
    const QJsonValue masked(u"[redacted]"_s);
    QTest::newRow("hmac hash") << QByteArray(R"({"apiKey":"K","timestamp":1,"hash":"2e95"})") << u"hash"_s
                               << masked;
    QTest::newRow("hmac key id stays")
        << QByteArray(R"({"apiKey":"K","timestamp":1,"hash":"2e95"})") << u"apiKey"_s << QJsonValue(u"K"_s);
    QTest::newRow("hmac timestamp stays")
        << QByteArray(R"({"apiKey":"K","timestamp":1,"hash":"2e95"})") << u"timestamp"_s << QJsonValue(1);
    QTest::newRow("client secret") << QByteArray(R"({"client_id":"K","client_secret":"S"})")
                                   << u"client_secret"_s << masked;
    QTest::newRow("client id stays") << QByteArray(R"({"client_id":"K","client_secret":"S"})")
                                     << u"client_id"_s << QJsonValue(u"K"_s);
    QTest::newRow("token") << QByteArray(R"({"authenticated":true,"token":"eyJ","expiration":5})")
                           << u"token"_s << masked;
    QTest::newRow("access token") << QByteArray(R"({"access_token":"x","expires_in":3600})")
                                  << u"access_token"_s << masked;
    QTest::newRow("expires_in stays")
        << QByteArray(R"({"access_token":"x","expires_in":3600})") << u"expires_in"_s << QJsonValue(3600);
    QTest::newRow("camel-case refresh token")
        << QByteArray(R"({"refreshToken":"x"})") << u"refreshToken"_s << masked;
    QTest::newRow("password number") << QByteArray(R"({"Password":1234})") << u"Password"_s << masked;
    QTest::newRow("apiSecret") << QByteArray(R"({"apiSecret":"x"})") << u"apiSecret"_s << masked;
}

void TestRedaction::jsonBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);
    const QJsonObject object = QJsonDocument::fromJson(Redaction::redactBody(body)).object();
    QCOMPARE(object.value(field), expected);
}

void TestRedaction::nestedJsonKeepsStructure()
{
    const QByteArray body = R"([{"outer":{"token":"T1","list":[{"client_secret":"S1"},"plain"]}}])";
    const QByteArray redacted = Redaction::redactBody(body);
    QVERIFY(!redacted.contains("T1"));
    QVERIFY(!redacted.contains("S1"));
    const QJsonArray array = QJsonDocument::fromJson(redacted).array();
    const QJsonObject outer = array.at(0).toObject().value(u"outer"_s).toObject();
    QCOMPARE(outer.value(u"token"_s).toString(), u"[redacted]"_s);
    QCOMPARE(outer.value(u"list"_s).toArray().at(1).toString(), u"plain"_s);
}

void TestRedaction::credentialBodyUnchanged()
{
    // Card data is what operators review, so redaction must leave it intact.
    const QByteArray body =
        R"({"data":[{"username":"a@example.com","updateId":"U1","credentials":[{"active":true,)"
        R"("cardNumber":"0012345","facilityCode":"100","scanData":["100:0012345"],)"
        R"("credentialType":"Mifare"}]}]})";
    QCOMPARE(QJsonDocument::fromJson(Redaction::redactBody(body)), QJsonDocument::fromJson(body));
}

void TestRedaction::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bearer in prose") << u"sent Bearer abc.def-ghi to server"_s
                                     << u"sent Bearer [redacted] to server"_s;
    QTest::newRow("basic in prose") << u"header Basic bXlLZXk6cw== rejected"_s
                                    << u"header Basic [redacted] rejected"_s;
    QTest::newRow("broken JSON") << u"{\"client_secret\": \"abc\", \"x\": 1"_s
                                 << u"{\"client_secret\": \"[redacted]\", \"x\": 1"_s;
    QTest::newRow("JSON with escaped quote")
        << u"{\"token\":\"a\\\"b\"}"_s << u"{\"token\":\"[redacted]\"}"_s;
    QTest::newRow("unquoted value in cut JSON") << u"{\"hash\": 12345,"_s << u"{\"hash\": \"[redacted]\","_s;
    QTest::newRow("form pair") << u"client_id=k&client_secret=s3&x=1"_s
                               << u"client_id=k&client_secret=[redacted]&x=1"_s;
    QTest::newRow("query token") << u"GET /cb?access_token=abc HTTP/1.1"_s
                                 << u"GET /cb?access_token=[redacted] HTTP/1.1"_s;
    QTest::newRow("prose about Basic") << u"Use Basic authentication on /v1/analytics/users/basic - done"_s
                                       << u"Use Basic authentication on /v1/analytics/users/basic - done"_s;
    QTest::newRow("letters-only bearer word") << u"Bearer tokens expire"_s << u"Bearer tokens expire"_s;
    QTest::newRow("nothing to mask") << u"HTTP 500 Internal Server Error"_s
                                     << u"HTTP 500 Internal Server Error"_s;
}

void TestRedaction::text()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::redactText(input), expected);
    QCOMPARE(QString::fromUtf8(Redaction::redactBody(input.toUtf8())), expected);
}

void TestRedaction::url()
{
    const QUrl url(u"https://user:pw@api.example.com/v1/x?token=abc&page=2"_s);
    const QString redacted = Redaction::redactUrl(url).toString();
    QVERIFY2(!redacted.contains(u":pw@"_s), qPrintable(redacted));
    QVERIFY2(!redacted.contains(u"abc"_s), qPrintable(redacted));
    QVERIFY2(redacted.contains(u"page=2"_s), qPrintable(redacted));
    QCOMPARE(Redaction::redactUrl(QUrl(u"http://127.0.0.1:8080/v1/auth"_s)),
             QUrl(u"http://127.0.0.1:8080/v1/auth"_s));
}

void TestRedaction::scrubValues()
{
    const QByteArray text = "secret=hunter22 again hunter22, short abc";
    QCOMPARE(Redaction::scrubValues(text, {"hunter22", "abc"}),
             QByteArray("secret=[redacted] again [redacted], short abc"));
}

void TestRedaction::logExcerptCutsAfterMasking()
{
    const QByteArray body = R"({"message":")" + QByteArray(5000, 'y') + R"(","token":"SECRETVALUE"})";
    const QByteArray excerpt = Redaction::redactBodyForLog(body, 100);
    QVERIFY(!excerpt.contains("SECRETVALUE"));
    QVERIFY2(excerpt.endsWith("bytes)"), excerpt.constData());
    QVERIFY(excerpt.size() < 150);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
