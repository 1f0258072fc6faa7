// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics.h"

#include "net/redaction.h"
#include "net/tlsconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcDiagnostics, "carddesk.net.diagnostics", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net::Diagnostics {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Net::Diagnostics)
};

// Log files rotate at 2 MiB by default, so the last 4 MiB contain any tail worth sending.
constexpr qint64 MaxLogTailBytes = 4 * 1024 * 1024;

void addSection(QStringList &lines, const QString &title)
{
    if (!lines.isEmpty())
        lines.append(QString());
    lines.append(u"== "_s + title + u" =="_s);
}

void addField(QStringList &lines, const QString &name, const QString &value)
{
    lines.append(name + u": "_s + value);
}

QString keyText(const ApiKeyConfig &key)
{
    return key.keyId + u" ("_s + authModeToName(key.authMode) + u"), secret kept in the keychain"_s;
}

QString caBundleText(const QString &path)
{
    if (path.isEmpty())
        return u"none (system CAs only)"_s;
    const TlsConfig::CaBundle bundle = TlsConfig::loadCaBundle(path);
    if (!bundle.ok())
        return path + u" - NOT USABLE: "_s + bundle.error;
    QStringList subjects;
    for (const QSslCertificate &certificate : bundle.certificates)
        subjects.append(certificate.subjectDisplayName() + u" until "_s +
                        certificate.expiryDate().toUTC().toString(Qt::ISODate));
    return path + u" - "_s + QString::number(bundle.certificates.size()) + u" certificate(s): "_s +
           subjects.join(u"; "_s);
}

QString proxyText(const ProxySettings &proxy)
{
    if (proxy.mode != ProxyMode::Explicit)
        return proxyModeToName(proxy.mode);
    QString text = u"explicit "_s + proxy.host + u':' + QString::number(proxy.port);
    if (!proxy.userName.isEmpty())
        text += u", user "_s + proxy.userName +
                (proxy.passwordInKeychain ? u", password kept in the keychain"_s
                                          : u", password asked at run time"_s);
    return text;
}

void addProfile(QStringList &lines, const Profile &profile, bool current)
{
    lines.append(QString());
    lines.append(u"Profile "_s + profile.id + (current ? u" (current)"_s : QString()));
    addField(lines, u"  Name"_s, profile.displayName);
    addField(lines, u"  Base URL"_s, Redaction::redactUrl(profile.baseUrl).toDisplayString());
    addField(lines, u"  Region"_s, regionToWire(profile.region));
    if (profile.readKey) {
        addField(lines, u"  Write key"_s, keyText(profile.key));
        addField(lines, u"  Read key"_s, keyText(*profile.readKey));
    } else {
        addField(lines, u"  Key (read and write)"_s, keyText(profile.key));
    }
    addField(lines, u"  CA bundle"_s, caBundleText(profile.network.caBundlePath));
    addField(lines, u"  Proxy"_s, proxyText(profile.network.proxy));
    addField(lines, u"  HTTP/2"_s, profile.network.http2Enabled ? u"on"_s : u"off"_s);
    addField(lines, u"  Transfer timeout"_s, QString::number(profile.network.transferTimeoutMs) + u" ms"_s);
    if (const QString problem = profile.validationError(); !problem.isEmpty())
        addField(lines, u"  Problem"_s, problem);
}

void addOutbox(QStringList &lines, const QList<OutboxSummary> &outbox)
{
    addSection(lines, u"Outbox"_s);
    if (outbox.isEmpty())
        lines.append(u"(no counts available)"_s);
    for (const OutboxSummary &summary : outbox) {
        const QString scope =
            summary.profileId.isEmpty() ? u"All profiles"_s : u"Profile "_s + summary.profileId;
        if (!summary.error.isEmpty()) {
            addField(lines, scope, u"counts could not be read: "_s + summary.error);
            continue;
        }
        addField(lines, scope,
                 u"queued %1, sending %2, open failures %3"_s.arg(summary.queued)
                     .arg(summary.sending)
                     .arg(summary.openFailures));
    }
}

} // namespace

QString format(const Input &input)
{
    QStringList lines;
    lines.append(u"CardDesk diagnostics, written "_s + QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    lines.append(u"Secrets, tokens and passwords are not included; key ids are."_s);

    addSection(lines, u"Versions"_s);
    addField(lines, u"CardDesk"_s, QStringLiteral(CARDDESK_VERSION_STRING));
    addField(lines, u"Program"_s, QCoreApplication::applicationName());
    addField(lines, u"Qt (runtime)"_s, QString::fromLatin1(qVersion()));
    addField(lines, u"Qt (built with)"_s, QStringLiteral(QT_VERSION_STR));
    addField(lines, u"OS"_s, QSysInfo::prettyProductName());
    addField(lines, u"Kernel"_s, QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion());
    addField(lines, u"CPU architecture"_s, QSysInfo::currentCpuArchitecture());

    addSection(lines, u"TLS"_s);
    addField(lines, u"Backend"_s, TlsConfig::backendDescription());

    addSection(lines, u"Profiles"_s);
    addField(lines, u"Settings"_s, input.settingsPath);
    addField(lines, u"Data folder"_s, QDir::toNativeSeparators(input.dataDir));
    if (input.profiles.isEmpty())
        lines.append(u"(no profiles)"_s);
    for (const Profile &profile : input.profiles)
        addProfile(lines, profile, profile.id == input.currentProfileId);

    addOutbox(lines, input.outbox);

    addSection(lines, u"Recent log lines"_s);
    if (input.logLines.isEmpty())
        lines.append(u"(no log lines)"_s);
    for (const QString &line : input.logLines)
        lines.append(Redaction::redactText(line));

    // Runs the values the caller knows over everything, so even a key id field cannot carry one.
    const QByteArray text = lines.join(u'\n').toUtf8() + '\n';
    return QString::fromUtf8(Redaction::scrubValues(text, input.secretValues));
}

bool write(const QString &path, const Input &input, QString *error)
{
    const QString displayPath = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("The diagnostics file \"%1\" cannot be created: %2. Choose a folder you can "
                              "write to.")
                         .arg(displayPath, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray content = format(input).toUtf8();
    if (file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = Text::tr("The diagnostics file \"%1\" could not be written: %2.")
                         .arg(displayPath, file.errorString());
        return false;
    }
    qCInfo(lcDiagnostics).noquote() << "diagnostics written to" << displayPath << content.size() << "bytes";
    return true;
}

QStringList readLogTail(const QString &logFilePath, int maxLines)
{
    QFile file(logFilePath);
    if (maxLines <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > MaxLogTailBytes)
        file.seek(file.size() - MaxLogTailBytes);
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (file.pos() > 0 && file.size() > MaxLogTailBytes && !lines.isEmpty())
        lines.removeFirst(); // The first line after the seek is usually cut.
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    return lines;
}

} // namespace CardDesk::Net::Diagnostics
