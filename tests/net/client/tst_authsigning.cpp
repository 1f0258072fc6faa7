// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/authsigning.h"
#include "net/httpdate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Net;

class TestAuthSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hmacHashMatchesVector();
    void hmacHashChangesWithEachInput_data();
    void hmacHashChangesWithEachInput();
    void hmacBodyHasIntegerTimestamp();
    void clientSecretBody();
    void basicAuthorization_data();
    void basicAuthorization();
    void hmacTokenResponse_data();
    void hmacTokenResponse();
    void clientSecretTokenResponse_data();
    void clientSecretTokenResponse();
    void httpDate_data();
    void httpDate();
};

// Computed independently with Python's hmac module for key id 55DE3799-..., timestamp 1683257792
// and secret "example-secret".
void TestAuthSigning::hmacHashMatchesVector()
{
    const QByteArray hash =
        AuthSigning::hmacHash(u"55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s, 1683257792, u"example-secret"_s);
    QCOMPARE(hash, QByteArray("2e957418ffd3658cb028fac826fd3104fb521a5d8f59542b8fdccf6f42c439a0"));
}

void TestAuthSigning::hmacHashChangesWithEachInput_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QString>("secret");
    QTest::newRow("other key id") << u"55DE3799-6C65-43F3-9AFB-A4725358B4FE"_s << qint64(1683257792)
                                  << u"example-secret"_s;
    QTest::newRow("other second") << u"55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s << qint64(1683257793)
                                  << u"example-secret"_s;
    QTest::newRow("other secret") << u"55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s << qint64(1683257792)
                                  << u"example-secreT"_s;
}

void TestAuthSigning::hmacHashChangesWithEachInput()
{
    QFETCH(QString, keyId);
    QFETCH(qint64, timestamp);
    QFETCH(QString, secret);
    const QByteArray hash = AuthSigning::hmacHash(keyId, timestamp, secret);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(hash, hash.toLower());
    QVERIFY(hash != "2e957418ffd3658cb028fac826fd3104fb521a5d8f59542b8fdccf6f42c439a0");
}

void TestAuthSigning::hmacBodyHasIntegerTimestamp()
{
    const QByteArray body = AuthSigning::hmacTokenRequestBody(u"55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s,
                                                              1683257792, u"example-secret"_s);
    QVERIFY2(body.contains("\"timestamp\":1683257792"), body.constData());
    QVERIFY(!body.contains("1683257792.") && !body.contains("e+"));
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QCOMPARE(object.value(u"apiKey"_s).toString(), u"55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s);
    QCOMPARE(object.value(u"hash"_s).toString(),
             u"2e957418ffd3658cb028fac826fd3104fb521a5d8f59542b8fdccf6f42c439a0"_s);
    QVERIFY(!body.contains("example-secret"));
}

void TestAuthSigning::clientSecretBody()
{
    const QJsonObject object =
        QJsonDocument::fromJson(AuthSigning::clientSecretTokenRequestBody(u"key-1"_s, u"s3cret"_s)).object();
    QCOMPARE(object.value(u"client_id"_s).toString(), u"key-1"_s);
    QCOMPARE(object.value(u"client_secret"_s).toString(), u"s3cret"_s);
    QVERIFY(!object.contains(u"grant_type"_s));
}

void TestAuthSigning::basicAuthorization_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("documented example")
        << u"myKeyId"_s << u"mySecret"_s << QByteArray("Basic bXlLZXlJZDpteVNlY3JldA==");
    QTest::newRow("empty") << QString() << QString() << QByteArray("Basic Og==");
    // UTF-8 before base64: "ü" is C3 BC.
    QTest::newRow("non-ASCII secret") << u"k"_s << u"\u00fc"_s << QByteArray("Basic azrDvA==");
}

void TestAuthSigning::basicAuthorization()
{
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QByteArray, expected);
    QCOMPARE(AuthSigning::basicAuthorization(keyId, secret), expected);
}

void TestAuthSigning::hmacTokenResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("serverNow");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("token");
    QTest::addColumn<qint64>("lifetime");

    QTest::newRow("documented shape")
        << QByteArray(
               R"({"authenticated":true,"message":"Authentication successful","token":"eyA.B","expiration":1683258201})")
        << qint64(1683257792) << true << u"eyA.B"_s << qint64(409);
    QTest::newRow("already expired by the server clock")
        << QByteArray(R"({"authenticated":true,"token":"t","expiration":100})") << qint64(105) << true
        << u"t"_s << qint64(0);
    QTest::newRow("authenticated false") << QByteArray(R"({"authenticated":false,"message":"nope"})")
                                         << qint64(0) << false << QString() << qint64(0);
    QTest::newRow("expiration in milliseconds as fraction")
        << QByteArray(R"({"token":"t","expiration":1683258201.5})") << qint64(0) << false << QString()
        << qint64(0);
    QTest::newRow("expiration as string") << QByteArray(R"({"token":"t","expiration":"1683258201"})")
                                          << qint64(0) << false << QString() << qint64(0);
    QTest::newRow("no token") << QByteArray(R"({"expiration":1683258201})") << qint64(0) << false << QString()
                              << qint64(0);
    QTest::newRow("html") << QByteArray("<html>proxy</html>") << qint64(0) << false << QString() << qint64(0);
}

void TestAuthSigning::hmacTokenResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, serverNow);
    QFETCH(bool, ok);
    QFETCH(QString, token);
    QFETCH(qint64, lifetime);
    const AuthSigning::TokenGrant grant = AuthSigning::parseHmacTokenResponse(body, serverNow);
    QCOMPARE(grant.ok(), ok);
    if (ok) {
        QCOMPARE(grant.token, token);
        QCOMPARE(grant.lifetimeSeconds, lifetime);
    } else {
        QVERIFY(!grant.error.isEmpty());
    }
}

void TestAuthSigning::clientSecretTokenResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("lifetime");
    QTest::newRow("documented shape")
        << QByteArray(R"({"access_token":"abc","expires_in":3600,"token_type":"Bearer"})") << true
        << qint64(3600);
    QTest::newRow("zero lifetime") << QByteArray(R"({"access_token":"abc","expires_in":0})") << false
                                   << qint64(0);
    QTest::newRow("missing token") << QByteArray(R"({"expires_in":3600})") << false << qint64(0);
    QTest::newRow("array") << QByteArray("[]") << false << qint64(0);
}

void TestAuthSigning::clientSecretTokenResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(qint64, lifetime);
    const AuthSigning::TokenGrant grant = AuthSigning::parseClientSecretTokenResponse(body);
    QCOMPARE(grant.ok(), ok);
    QCOMPARE(grant.lifetimeSeconds, lifetime);
}

void TestAuthSigning::httpDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1 for rejected
    QTest::newRow("RFC 9110 example") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(784111777);
    QTest::newRow("surrounding blanks")
        << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << qint64(784111777);
    QTest::newRow("obsolete RFC 850 form") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(-1);
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0200") << qint64(-1);
    QTest::newRow("invalid day") << QByteArray("Sun, 31 Feb 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestAuthSigning::httpDate()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const std::optional<QDateTime> parsed = parseHttpDate(header);
    if (expected < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->toSecsSinceEpoch(), expected);
}

QTEST_GUILESS_MAIN(TestAuthSigning)
#include "tst_authsigning.moc"
