// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCsv, "carddesk.io.csv")

namespace CardDesk::Io {

namespace {

// Gives the functions below the context CardDesk::Io::CsvWriter at run time and in lupdate, which
// files an unqualified tr() call in a namespace under the namespace.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Io::CsvWriter)
};

QString deviceName(const QIODevice *device)
{
    const auto *file = qobject_cast<const QFileDevice *>(device);
    return file && !file->fileName().isEmpty() ? file->fileName() : Text::tr("the export target");
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
{}

void CsvWriter::setTextColumns(const QList<int> &columns)
{
    m_textColumns = QSet<int>(columns.cbegin(), columns.cend());
}

bool CsvWriter::startsLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

bool CsvWriter::looksLikeNumber(QStringView cell)
{
    // Numbers with separators, exponent or percent sign, and the digit groups that spreadsheets
    // read as a date ("1-2", "2026/01/05") or a time ("12:30"). A heuristic: locales differ, so
    // it errs towards marking a value as text.
    static const QRegularExpression pattern(
        u"^(?:[+-]?[0-9.,]*[0-9][0-9.,]*(?:[eE][+-]?[0-9]+)?%?|[0-9]+(?:[:/.-][0-9]+){1,2})$"_s);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return pattern.matchView(cell.trimmed()).hasMatch();
#else
    return pattern.match(cell.trimmed()).hasMatch();
#endif
}

QString CsvWriter::encodeCell(const QString &cell, bool isText)
{
    QString value = cell;
    if (startsLikeFormula(value) || (isText && looksLikeNumber(value)))
        value.prepend(u'\'');

    const bool needsQuotes =
        value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!needsQuotes)
        return value;
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_started) {
        m_started = true;
        if (m_options.testFlag(Option::Utf8Bom) && !write(QByteArrayLiteral("\xEF\xBB\xBF")))
            return false;
    }
    QString line;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (column > 0)
            line += u',';
        line += encodeCell(cells.at(column), m_textColumns.contains(int(column)));
    }
    line += u"\r\n"_s;
    return write(line.toUtf8());
}

bool CsvWriter::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_device || !m_device->isWritable()) {
        m_error = Text::tr("Cannot write CSV to %1: it is not open for writing. Choose another file.")
                      .arg(deviceName(m_device));
        qCWarning(lcCsv).noquote() << m_error;
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_error =
            Text::tr("Cannot write CSV to %1: %2. Check free disk space and permissions, then export again.")
                .arg(deviceName(m_device), m_device->errorString());
        qCWarning(lcCsv).noquote() << m_error;
        return false;
    }
    return true;
}

} // namespace CardDesk::Io
