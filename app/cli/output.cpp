// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

Output::Output(QIODevice *standardOutput, QIODevice *standardError, bool stderrIsTerminal)
    : m_out(standardOutput)
    , m_err(standardError)
    , m_stderrIsTerminal(stderrIsTerminal)
{}

void Output::line(const QString &text)
{
    raw(text + u'\n');
}

void Output::raw(const QString &text)
{
    if (m_json)
        return;
    clearProgress();
    m_out << text;
    m_out.flush();
}

void Output::setField(const QString &key, const QJsonValue &value)
{
    m_document.insert(key, value);
}

void Output::error(const QString &message)
{
    clearProgress();
    m_errors.append(message);
    m_err << "carddesk-cli: " << message << '\n';
    m_err.flush();
}

void Output::warning(const QString &message)
{
    clearProgress();
    m_warnings.append(message);
    m_err << "carddesk-cli: warning: " << message << '\n';
    m_err.flush();
}

void Output::progress(const QString &text)
{
    if (!m_stderrIsTerminal)
        return;
    // Carriage return and "erase to end of line" redraw one status line in place.
    m_err << '\r' << text << "\x1b[K";
    m_err.flush();
    m_progressShown = true;
}

void Output::clearProgress()
{
    if (!m_progressShown)
        return;
    m_err << "\r\x1b[K";
    m_err.flush();
    m_progressShown = false;
}

void Output::finish(const QString &command, int exitCode)
{
    clearProgress();
    if (!m_json)
        return;
    QJsonObject document = m_document;
    document.insert(u"command"_s, command);
    document.insert(u"exitCode"_s, exitCode);
    document.insert(u"ok"_s, exitCode == 0);
    document.insert(u"errors"_s, QJsonArray::fromStringList(m_errors));
    document.insert(u"warnings"_s, QJsonArray::fromStringList(m_warnings));
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace CardDesk::Cli
