// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

/// A test certificate authority and a server certificate for 127.0.0.1 and localhost signed by it,
/// generated with the openssl program into a folder, valid for two days.
struct TestCertificates
{
    QString caCertificate;
    QString serverCertificate;
    QString serverKey;
    QString error; ///< Set when openssl failed; the command and its output.

    bool ok() const { return error.isEmpty(); }

    static TestCertificates generate(const QString &directory)
    {
        TestCertificates files;
        const QDir dir(directory);
        files.caCertificate = dir.filePath(QStringLiteral("ca.crt"));
        files.serverCertificate = dir.filePath(QStringLiteral("server.crt"));
        files.serverKey = dir.filePath(QStringLiteral("server.key"));
        const QString caKey = dir.filePath(QStringLiteral("ca.key"));
        const QString request = dir.filePath(QStringLiteral("server.csr"));
        const QString extensions = dir.filePath(QStringLiteral("server.ext"));
        QFile extensionFile(extensions);
        if (!extensionFile.open(QIODevice::WriteOnly) ||
            extensionFile.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n") <
                0) {
            files.error = QStringLiteral("cannot write ") + extensions;
            return files;
        }
        extensionFile.close();
        const QString ec = QStringLiteral("ec");
        const QString curve = QStringLiteral("ec_paramgen_curve:prime256v1");
        const QList<QStringList> commands{
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec,
             QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey,
             QStringLiteral("-out"), files.caCertificate, QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-subj"), QStringLiteral("/CN=CardDesk Test CA")},
            {QStringLiteral("req"), QStringLiteral("-newkey"), ec, QStringLiteral("-pkeyopt"), curve,
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), files.serverKey, QStringLiteral("-out"),
             request, QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
             QStringLiteral("-CA"), files.caCertificate, QStringLiteral("-CAkey"), caKey,
             QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), files.serverCertificate,
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions},
        };
        for (const QStringList &arguments : commands) {
            QProcess openssl;
            openssl.setProcessChannelMode(QProcess::MergedChannels);
            openssl.start(QStringLiteral("openssl"), arguments);
            if (!openssl.waitForFinished(60'000) || openssl.exitStatus() != QProcess::NormalExit ||
                openssl.exitCode() != 0) {
                files.error = QStringLiteral("openssl ") + arguments.join(u' ') +
                              QStringLiteral(" failed: ") + QString::fromLocal8Bit(openssl.readAll()) +
                              openssl.errorString();
                return files;
            }
        }
        return files;
    }
};
