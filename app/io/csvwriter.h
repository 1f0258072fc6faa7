// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QList>
#include <QSet>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace CardDesk::Io {

/// Writes RFC 4180 CSV (comma separator, CRLF line ends, fields quoted when they contain a comma,
/// a quote or a line break) in UTF-8, for people who open the file in a spreadsheet.
///
/// A cell that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so
/// Excel and LibreOffice show it as text instead of running it as a formula.
class CsvWriter final
{
public:
    enum class Option
    {
        NoOptions = 0x0,
        Utf8Bom = 0x1, ///< Start the output with a UTF-8 byte order mark, which Excel needs to read UTF-8.
    };
    Q_DECLARE_FLAGS(Options, Option)

    /// Writes to device, which must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device, Options options = Option::NoOptions);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    /// Marks columns (0-based) that hold text such as card numbers. A value in these columns that
    /// a spreadsheet would turn into a number, a date or a time also gets a leading apostrophe,
    /// so "00123" keeps its zeros and "1E5" stays "1E5".
    void setTextColumns(const QList<int> &columns);

    /// Writes one record. Returns false when the device rejects the bytes, see errorString().
    bool writeRow(const QStringList &cells);
    QString errorString() const { return m_error; }

    /// Returns the cell as it appears in the file: neutralised, then quoted when needed.
    static QString encodeCell(const QString &cell, bool isText = false);
    /// Returns true when a spreadsheet would read the cell as a formula.
    static bool startsLikeFormula(QStringView cell);
    /// Returns true when a spreadsheet would convert the cell to a number, date or time.
    static bool looksLikeNumber(QStringView cell);

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    Options m_options;
    QSet<int> m_textColumns;
    bool m_started = false;
    QString m_error;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CsvWriter::Options)

} // namespace CardDesk::Io
