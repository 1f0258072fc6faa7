// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

class QIODevice;

namespace CardDesk::Cli {

/// The destination of a command's results and errors. In text mode results are lines on stdout. In JSON mode
/// the results are fields of one document that finish() writes on stdout, so a script can parse
/// stdout even when the command fails. Errors and warnings always go to stderr as well.
class Output final
{
public:
    Output(QIODevice *standardOutput, QIODevice *standardError, bool stderrIsTerminal);
    Q_DISABLE_COPY_MOVE(Output)

    void setJson(bool json) { m_json = json; }
    bool isJson() const { return m_json; }

    /// Writes one line of text output. Does nothing in JSON mode.
    void line(const QString &text = {});
    /// Writes text output as it is. Does nothing in JSON mode.
    void raw(const QString &text);
    /// Sets a field of the JSON document, which only JSON mode writes.
    void setField(const QString &key, const QJsonValue &value);

    /// Writes "carddesk-cli: message" on stderr and adds it to the JSON document's errors.
    void error(const QString &message);
    /// Writes "carddesk-cli: warning: message" on stderr and adds it to the JSON document's warnings.
    void warning(const QString &message);
    /// Replaces the progress line on stderr. Does nothing unless stderr is a terminal.
    void progress(const QString &text);
    void clearProgress();

    /// Writes the JSON document with the command name and exit code. Does nothing in text mode.
    void finish(const QString &command, int exitCode);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    bool m_stderrIsTerminal = false;
    bool m_progressShown = false;
    QJsonObject m_document;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace CardDesk::Cli
