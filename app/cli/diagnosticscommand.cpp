// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticscommand.h"

#include "exitcode.h"
#include "output.h"
#include "profilecommands.h"

#include "net/diagnostics.h"
#include "net/profilestore.h"
#include "store/outbox.h"
#include "sync/outboxsummary.h"
#include "sync/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcDiagnosticsCommand, "carddesk.cli.diagnostics", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

int runDiagnostics(const CommandContext &context, const std::optional<QString> &secret)
{
    const GlobalOptions &options = context.invocation.global;
    Net::Diagnostics::Input input;
    const auto settings = sharedSettings();
    const Net::ProfileStore store(settings.get());
    input.profiles = store.profiles();
    input.currentProfileId = store.currentProfileId();
    input.settingsPath = settings->fileName();
    if (!options.keyId.isEmpty()) {
        // The profile of --base-url and --key-id, which the cards commands and push use.
        const Net::Profile described = profileFor(options);
        const bool saved = std::any_of(input.profiles.cbegin(), input.profiles.cend(),
                                       [&described](const Net::Profile &p) { return p.id == described.id; });
        if (!saved)
            input.profiles.append(described);
    }
    input.dataDir = options.dataDir;
    Store::Outbox &outbox = context.workspace.outbox();
    input.outbox.append(Sync::outboxSummary(outbox, {}));
    for (const Net::Profile &profile : std::as_const(input.profiles))
        input.outbox.append(Sync::outboxSummary(outbox, profile.id));
    input.logLines = Net::Diagnostics::readLogTail(QDir(options.dataDir).filePath(u"logs/carddesk.log"_s),
                                                   Net::Diagnostics::DefaultLogLines);
    if (secret && !secret->isEmpty()) {
        input.secretValues.append(secret->toUtf8());
        for (const Net::Profile &profile : std::as_const(input.profiles))
            input.secretValues.append(QString(profile.key.keyId + u':' + *secret).toUtf8().toBase64());
    }

    QString error;
    if (!Net::Diagnostics::write(context.invocation.outputPath, input, &error)) {
        context.output.error(error);
        return ExitLocalData;
    }
    const QString displayPath =
        QDir::toNativeSeparators(QFileInfo(context.invocation.outputPath).absoluteFilePath());
    qCInfo(lcDiagnosticsCommand).noquote() << "wrote diagnostics to" << displayPath;
    context.output.line(
        QCoreApplication::translate("CardDesk::Cli::Diagnostics",
                                    "Wrote diagnostics for %n profile(s) to %1. It contains no "
                                    "secrets or tokens; check it before you send it.",
                                    nullptr, int(input.profiles.size()))
            .arg(displayPath));
    context.output.setField(u"output"_s, displayPath);
    context.output.setField(u"profiles"_s, int(input.profiles.size()));
    return ExitSuccess;
}

} // namespace CardDesk::Cli
