// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfile.h"

#include "net/redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace CardDesk::Net::LogFile {

namespace {

struct State
{
    QMutex mutex;
    QFile file;
    QString directory;
    qint64 maxBytes = DefaultMaxBytes;
    int keptFiles = DefaultKeptFiles;
    QList<QByteArray> secrets;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State &state()
{
    static State instance;
    return instance;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

QString fileName(int generation)
{
    return generation == 0 ? u"carddesk.log"_s : u"carddesk.log.%1"_s.arg(generation);
}

// Shifts carddesk.log to .1, .1 to .2 and so on, dropping the oldest. Call with the mutex held.
void rotate(State &current)
{
    current.file.close();
    QDir directory(current.directory);
    directory.remove(fileName(current.keptFiles));
    for (int generation = current.keptFiles - 1; generation >= 0; --generation)
        directory.rename(fileName(generation), fileName(generation + 1));
    current.file.setFileName(directory.filePath(fileName(0)));
    current.file.open(QIODevice::Append | QIODevice::Text);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &current = state();
    {
        const QMutexLocker locker(&current.mutex);
        if (current.file.isOpen()) {
            const QString text = Redaction::redactText(message);
            QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                              levelName(type) + ' ' + (context.category ? context.category : "default") +
                              ": " + text.toUtf8();
            line = Redaction::scrubValues(line, current.secrets) + '\n';
            // Rotating before the write keeps every old file within maxBytes and the newest line current.
            if (current.file.size() > 0 && current.file.size() + line.size() > current.maxBytes)
                rotate(current);
            current.file.write(line);
            current.file.flush();
        }
    }
    if (current.previous)
        current.previous(type, context, message);
}

} // namespace

bool install(const QString &directory, QString *error, qint64 maxBytes, int keptFiles)
{
    State &current = state();
    const QMutexLocker locker(&current.mutex);
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("CardDesk::Net::LogFile",
                                             "Cannot create the log folder %1. Check that it is writable.")
                     .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    current.file.close();
    current.directory = directory;
    current.maxBytes = std::max<qint64>(maxBytes, 1024);
    current.keptFiles = std::max(keptFiles, 1);
    current.file.setFileName(QDir(directory).filePath(fileName(0)));
    if (!current.file.open(QIODevice::Append | QIODevice::Text)) {
        *error = QCoreApplication::translate("CardDesk::Net::LogFile", "Cannot open the log file %1: %2")
                     .arg(QDir::toNativeSeparators(current.file.fileName()), current.file.errorString());
        return false;
    }
    if (!current.installed) {
        current.previous = qInstallMessageHandler(handleMessage);
        current.installed = true;
    }
    return true;
}

void uninstall()
{
    State &current = state();
    const QMutexLocker locker(&current.mutex);
    if (current.installed) {
        qInstallMessageHandler(current.previous);
        current.previous = nullptr;
        current.installed = false;
    }
    current.file.close();
    current.secrets.clear();
}

void addSecretValue(const QByteArray &value)
{
    if (value.isEmpty())
        return;
    State &current = state();
    const QMutexLocker locker(&current.mutex);
    if (!current.secrets.contains(value))
        current.secrets.append(value);
}

QString path()
{
    State &current = state();
    const QMutexLocker locker(&current.mutex);
    return current.file.isOpen() ? current.file.fileName() : QString();
}

QStringList recentLines(int count)
{
    State &current = state();
    const QMutexLocker locker(&current.mutex);
    QFile reader(current.file.fileName());
    if (count <= 0 || !reader.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(reader.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - count));
}

} // namespace CardDesk::Net::LogFile
