// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include "net/redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace CardDesk::Net::ErrorText {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Net::ApiClient)
};

QString describe(const QByteArray &method, const QUrl &url)
{
    return QString(QString::fromLatin1(method) + u' ' + Redaction::redactUrl(url).toDisplayString());
}

QString deliveryNote(const QByteArray &method, std::optional<Delivery> delivery)
{
    if (method == "GET" || !delivery)
        return {};
    switch (*delivery) {
    case Delivery::NotSent:
        return Text::tr("Nothing was sent, so it is safe to send again.");
    case Delivery::Unknown:
        return Text::tr("Calven may have received and applied it, so its outcome is unknown. Check the "
                        "result before counting it as sent or failed.");
    case Delivery::Received:
        break;
    }
    return {};
}

// Quotes Calven's message as a sentence of its own, with a full stop unless it already ends
// with one, an ellipsis, "!" or "?".
QString calvenMessage(const QString &message)
{
    if (message.isEmpty())
        return {};
    static const QString sentenceEnds = u".!?\u2026"_s;
    if (sentenceEnds.contains(message.back()))
        return Text::tr("Calven's message: %1").arg(message);
    return Text::tr("Calven's message: %1.").arg(message);
}

QString &keySettingsHintText()
{
    static QString hint;
    return hint;
}

// Returns the sentence that names where to correct a rejected key id or secret.
QString keySettingsHint()
{
    const QString &hint = keySettingsHintText();
    if (!hint.isEmpty())
        return hint;
    return Text::tr("Check the key id and secret of the API key, then sign in again.");
}

QString joinSentences(const QStringList &sentences)
{
    QStringList nonEmpty;
    for (const QString &sentence : sentences) {
        if (!sentence.isEmpty())
            nonEmpty.append(sentence);
    }
    return nonEmpty.join(u' ');
}

} // namespace

void setKeySettingsHint(const QString &sentence)
{
    keySettingsHintText() = sentence;
}

QString network(const QByteArray &method, const QUrl &url, const QString &qtError)
{
    return Text::tr("%1 failed: %2. Check the network connection and the base URL in the profile, then "
                    "try again.")
        .arg(describe(method, url), Redaction::redactText(qtError));
}

QString refusedRedirect(const QByteArray &method, const QUrl &url, const QString &qtError)
{
    return Text::tr("%1 was redirected to another scheme, host or port (%2). CardDesk follows redirects "
                    "only within the same origin, so keys are never sent elsewhere. Check the base URL "
                    "in the profile.")
        .arg(describe(method, url), Redaction::redactText(qtError));
}

QString timeout(const QByteArray &method, const QUrl &url, int timeoutMs, std::optional<Delivery> delivery)
{
    return joinSentences({Text::tr("%1 timed out: no complete response within %L2 seconds.")
                              .arg(describe(method, url))
                              .arg(double(timeoutMs) / 1000.0, 0, 'g', 3),
                          deliveryNote(method, delivery),
                          Text::tr("Check the network connection, or try again later if Calven is slow.")});
}

QString cancelled(const QByteArray &method, const QUrl &url, std::optional<Delivery> delivery)
{
    return joinSentences(
        {Text::tr("%1 was cancelled.").arg(describe(method, url)), deliveryNote(method, delivery)});
}

QString tls(const QUrl &url, const QStringList &tlsErrors, const QString &qtError,
            const QString &caBundlePath)
{
    const QString details = tlsErrors.isEmpty() ? Redaction::redactText(qtError) : tlsErrors.join(u"; "_s);
    if (!caBundlePath.isEmpty())
        return Text::tr("The secure (TLS) connection to %1 failed: %2. CardDesk never ignores TLS errors. "
                        "The certificates in the profile's CA bundle \"%3\" and the system CAs do not "
                        "make this server trusted: check the PC's date and time, and that the bundle holds "
                        "the root certificate of your network's TLS-inspecting proxy. Nothing was sent.")
            .arg(url.host(), details, caBundlePath);
    return Text::tr("The secure (TLS) connection to %1 failed: %2. CardDesk never ignores TLS errors. "
                    "Check the PC's date and time; if your network inspects TLS traffic through a proxy, "
                    "add its root certificate (a PEM file from IT) as the CA bundle in the profile's "
                    "network settings. Nothing was sent.")
        .arg(url.host(), details);
}

QString proxyAuthenticationRequired(const QByteArray &method, const QUrl &url, const QString &userName)
{
    if (userName.isEmpty())
        return Text::tr("%1 was not sent: the proxy requires a user name and password. Enter them when "
                        "CardDesk asks, or set the proxy user in the profile's network settings.")
            .arg(describe(method, url));
    return Text::tr("%1 was not sent: the proxy rejected or did not receive the password of user \"%2\". "
                    "Enter the proxy password when CardDesk asks, then try again.")
        .arg(describe(method, url), userName);
}

QString http(const QByteArray &method, const QUrl &url, int status, const QString &reason,
             const QString &bodyExcerpt)
{
    QString advice;
    if (status >= 500)
        advice = Text::tr("Calven had a server error; try again later.");
    else if (status == 404)
        advice = Text::tr("Check the base URL in the profile.");
    else if (status == 429)
        advice = Text::tr("Calven is limiting requests; wait a few minutes before trying again.");
    else
        advice = Text::tr("Calven rejected the request.");
    QString first = Text::tr("%1 returned HTTP %2 %3.").arg(describe(method, url)).arg(status).arg(reason);
    return joinSentences({first.simplified(), advice, calvenMessage(bodyExcerpt)});
}

QString tokenRejected(const QByteArray &method, const QUrl &url)
{
    return Text::tr("%1 returned HTTP 401 even with a freshly issued token. Check that the key is still "
                    "enabled in Calven, then sign in again.")
        .arg(describe(method, url));
}

QString basicRejected(const QUrl &url, const QString &keyId)
{
    return joinSentences({Text::tr("%1 rejected key id \"%2\" with HTTP 401. Check that Calven enabled this "
                                   "key for Basic authentication.")
                              .arg(Redaction::redactUrl(url).toDisplayString(), keyId),
                          keySettingsHint()});
}

QString rolesFor(KeyUse use)
{
    switch (use) {
    case KeyUse::Read:
        return Text::tr("\"Data Warehouse\" or \"All permissions\"");
    case KeyUse::Write:
        return Text::tr("\"Submitting Events\" or \"All permissions\"");
    }
    return {};
}

QString roleMissing(const QByteArray &method, const QUrl &url, KeyUse use)
{
    const QString otherRole = use == KeyUse::Read ? Text::tr("A \"Submitting Events\" key can send card "
                                                             "updates but cannot read the directory.")
                                                  : Text::tr("A \"Data Warehouse\" key can read the "
                                                             "directory but cannot send card updates.");
    return joinSentences({Text::tr("%1 returned HTTP 403: the API key is valid but lacks the role for "
                                   "this call, which needs a key with the %2 role.")
                              .arg(describe(method, url), rolesFor(use)),
                          otherRole, Text::tr("Ask Calven support for a key with that role.")});
}

QString clockSkew(qint64 clockSkewSeconds)
{
    const qint64 seconds = std::llabs(clockSkewSeconds);
    const QString direction = clockSkewSeconds > 0 ? Text::tr("behind") : Text::tr("ahead of");
    return Text::tr("This PC's clock is %1 seconds %2 Calven's clock. Sign-in with an HMAC token signs "
                    "the PC's time, so correct the clock (turn on automatic time synchronisation) and "
                    "sign in again.")
        .arg(seconds)
        .arg(direction);
}

QString signInFailed(AuthMode mode, const QUrl &url, const QString &keyId, int status,
                     const QString &serverMessage, std::optional<qint64> clockSkewSeconds)
{
    QString first;
    if (status == 401 || status == 403)
        first = joinSentences({Text::tr("Sign-in at %1 failed: Calven rejected key id \"%2\" (HTTP %3).")
                                   .arg(Redaction::redactUrl(url).toDisplayString(), keyId)
                                   .arg(status),
                               keySettingsHint()});
    else
        first = Text::tr("Sign-in at %1 failed with HTTP %2 for key id \"%3\". Check the profile's base "
                         "URL and authentication mode, then sign in again.")
                    .arg(Redaction::redactUrl(url).toDisplayString())
                    .arg(status)
                    .arg(keyId);
    const QString skew =
        clockSkewSeconds && mode == AuthMode::HmacToken ? clockSkew(*clockSkewSeconds) : QString();
    return joinSentences({first, calvenMessage(serverMessage), skew});
}

QString basicCannotWrite(const QString &action)
{
    return Text::tr("The profile uses Basic authentication, which Calven accepts only for reading, so "
                    "%1 is not possible. Use a key with HMAC token or client secret authentication.")
        .arg(action);
}

QString notSentSignInFailed(const QString &action, const QString &signInError)
{
    return Text::tr("Sign-in failed, so %1 did not start. %2").arg(action, signInError);
}

QString invalidBatch(qsizetype count, int maximum)
{
    return Text::tr("A request must carry between 1 and %1 user updates, not %2. Nothing was sent.")
        .arg(maximum)
        .arg(count);
}

QString bodyExcerpt(const QByteArray &body)
{
    constexpr qsizetype MaxChars = 200;
    QString text;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (const QString &key : {u"message"_s, u"error"_s, u"title"_s}) {
            if (object.value(key).isString()) {
                text = object.value(key).toString();
                break;
            }
        }
    }
    if (text.isEmpty())
        text = QString::fromUtf8(Redaction::redactBody(body));
    text = Redaction::redactText(text).simplified();
    if (text.size() > MaxChars)
        text = QString(text.left(MaxChars) + u"..."_s);
    return text;
}

} // namespace CardDesk::Net::ErrorText
