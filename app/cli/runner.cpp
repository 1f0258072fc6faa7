// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner.h"

#include "commandcontext.h"
#include "diagnosticscommand.h"
#include "exitcode.h"
#include "profilecommands.h"
#include "pushcommand.h"
#include "refreshcommand.h"

#include "net/errortext.h"
#include "sync/workspace.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRunner, "carddesk.cli.runner", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

// The CLI reports every problem itself, so CardDesk's own log lines would only repeat them on
// stderr. --verbose brings them back, and QT_LOGGING_RULES overrides both.
void applyLoggingRules(bool verbose)
{
    QLoggingCategory::setFilterRules(
        verbose ? u"carddesk.*.debug=false\ncarddesk.*.info=true\ncarddesk.*.warning=true"_s
                : u"carddesk.*.debug=false\ncarddesk.*.info=false\ncarddesk.*.warning=false"_s);
}

// Commands that only read open the data folder without its lock, so they run while the desktop
// app or a push holds it. The others may change the outbox and need it to themselves.
Sync::Workspace::Access workspaceAccess(Command command)
{
    switch (command) {
    case Command::UsersSearch:
    case Command::CardsShow:
    case Command::Failures:
    case Command::Audit:
    case Command::ProfilesList:
    case Command::Diagnostics:
        return Sync::Workspace::Access::ReadOnly;
    default:
        return Sync::Workspace::Access::Exclusive;
    }
}

} // namespace

Runner::Runner(const QStringList &arguments, const RunEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_environment(environment)
    , m_output(environment.standardOutput, environment.standardError, environment.stderrIsTerminal)
{}

Runner::~Runner() = default;

void Runner::start()
{
    const ParsedCommandLine parsed = parseCommandLine(m_arguments);
    m_output.setJson(parsed.json);
    if (!parsed.invocation) {
        m_output.error(parsed.error);
        finish(ExitUsage);
        return;
    }
    m_invocation = parsed.invocation;
    m_commandName = commandName(m_invocation->command);
    applyLoggingRules(m_invocation->global.verbose);
    Net::ErrorText::setKeySettingsHint(
        tr("Check --key-id and --auth, and the secret in %1 or the one that \"carddesk-cli profiles add\" "
           "stored, then run the command again.")
            .arg(SecretVariable));

    if (m_invocation->command == Command::Help) {
        m_output.raw(helpText());
        m_output.setField(u"help"_s, helpText());
        finish(ExitSuccess);
        return;
    }
    if (m_invocation->command == Command::Version) {
        const QString version = QStringLiteral(CARDDESK_VERSION_STRING);
        m_output.line(u"carddesk-cli "_s + version);
        m_output.setField(u"version"_s, version);
        finish(ExitSuccess);
        return;
    }

    if (m_invocation->command == Command::CardsFormats) {
        finish(runCardsFormats(m_output));
        return;
    }

    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    if (!m_workspace->open(m_invocation->global.dataDir, &error, workspaceAccess(m_invocation->command))) {
        m_output.error(error);
        finish(ExitLocalData);
        return;
    }
    qCInfo(lcRunner) << "Running" << m_commandName << "on"
                     << QDir::toNativeSeparators(m_workspace->databasePath());
    runCommand();
}

// Without the secret variable, the commands that sign in use the secret that "profiles add" stored.
void Runner::readSecretFromKeychain()
{
    const Command command = m_invocation->command;
    if (m_environment.secret || m_invocation->global.keyId.isEmpty() ||
        (command != Command::UsersRefresh && command != Command::Push))
        return;
    QString error;
    m_environment.secret = readStoredSecret(profileFor(m_invocation->global), &error);
    if (!error.isEmpty())
        m_output.warning(tr("The secret could not be read from the keychain: %1").arg(error));
}

void Runner::runCommand()
{
    readSecretFromKeychain();
    const CommandContext context{*m_invocation, *m_workspace, m_output};
    switch (m_invocation->command) {
    case Command::UsersRefresh: {
        auto *command = new RefreshCommand(context, &m_networkAccessManager, m_environment.secret);
        m_command.reset(command);
        connect(command, &RefreshCommand::finished, this, &Runner::finish);
        command->start();
        return;
    }
    case Command::Push: {
        auto *command = new PushCommand(context, &m_networkAccessManager, m_environment.secret);
        m_command.reset(command);
        connect(command, &PushCommand::finished, this, &Runner::finish);
        command->start();
        return;
    }
    default:
        finish(runImmediateCommand());
        return;
    }
}

int Runner::runImmediateCommand()
{
    const CommandContext context{*m_invocation, *m_workspace, m_output};
    switch (m_invocation->command) {
    case Command::UsersSearch:
        return runUsersSearch(context);
    case Command::CardsShow:
        return runCardsShow(context);
    case Command::CardsAdd:
        return runCardsAdd(context);
    case Command::CardsDeactivate:
        return runCardsDeactivate(context);
    case Command::Failures:
        return runFailures(context);
    case Command::CardsEdit:
        return runCardsEdit(context);
    case Command::CardsReplace:
        return runCardsReplace(context);
    case Command::Retry:
        return runRetry(context);
    case Command::Resolve:
        return runResolve(context);
    case Command::Audit:
        return runAudit(context);
    case Command::ProfilesList:
    case Command::ProfilesAdd:
    case Command::ProfilesRemove:
        return runProfiles(context, ProfileInput{m_environment.stdinIsTerminal});
    case Command::Diagnostics:
        return runDiagnostics(context, m_environment.secret);
    case Command::Help:
    case Command::Version:
    case Command::CardsFormats:
    case Command::UsersRefresh:
    case Command::Push:
        break;
    }
    qCWarning(lcRunner) << "Command" << m_commandName << "has no immediate implementation";
    return ExitUsage;
}

void Runner::interrupt()
{
    if (m_finished)
        return;
    if (auto *push = qobject_cast<PushCommand *>(m_command.get())) {
        push->interrupt();
        return;
    }
    m_output.error(tr("Interrupted."));
    finish(ExitInterrupted);
}

void Runner::finish(int exitCode)
{
    if (std::exchange(m_finished, true))
        return;
    m_output.finish(m_commandName, exitCode);
    Q_EMIT finished(exitCode);
}

} // namespace CardDesk::Cli
