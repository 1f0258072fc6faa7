// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/failurescsv.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFailuresCsv, "carddesk.io.failurescsv")

namespace CardDesk::Io {

namespace {

// Gives the functions below the context CardDesk::Io::FailuresCsv at run time and in lupdate, which
// files an unqualified tr() call in a namespace under the namespace.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Io::FailuresCsv)
};

QString cardsText(const QList<Core::Credential> &cards)
{
    QStringList parts;
    parts.reserve(cards.size());
    for (const Core::Credential &card : cards)
        parts.append(card.active ? card.displayNumber()
                                 : Text::tr("%1 (inactive)").arg(card.displayNumber()));
    return parts.join(u"; "_s);
}

QString resultText(const Core::UpdateResult &result)
{
    const QString label = Core::resultCodeLabel(result.code);
    if (result.code == Core::ResultCode::UnrecognisedValue && !result.rawResult.isEmpty())
        return Text::tr("%1 (%2)").arg(label, result.rawResult);
    return label;
}

} // namespace

QStringList failureCsvHeader()
{
    return {Text::tr("Time"),    Text::tr("User"),     Text::tr("Cards"), Text::tr("Result"),
            Text::tr("Message"), Text::tr("Attempts"), Text::tr("State")};
}

QStringList failureCsvCells(const Core::OutboxEntry &entry)
{
    const QDateTime time = entry.updatedAt.isValid() ? entry.updatedAt : entry.createdAt;
    return {
        time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString(),
        entry.username,
        cardsText(entry.credentials),
        resultText(entry.result),
        entry.result.message.isEmpty() ? entry.lastError : entry.result.message,
        QString::number(entry.attempts),
        Core::updateStateLabel(entry.state),
    };
}

bool exportFailuresCsv(QIODevice *device, const QList<Core::OutboxEntry> &entries, CsvWriter::Options options,
                       QString *error)
{
    CsvWriter writer(device, options);
    writer.setTextColumns({int(FailureColumn::User), int(FailureColumn::Cards)});
    bool ok = writer.writeRow(failureCsvHeader());
    for (qsizetype i = 0; ok && i < entries.size(); ++i)
        ok = writer.writeRow(failureCsvCells(entries.at(i)));
    if (!ok) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    qCInfo(lcFailuresCsv) << "Exported" << entries.size() << "failed updates as CSV";
    return true;
}

} // namespace CardDesk::Io
