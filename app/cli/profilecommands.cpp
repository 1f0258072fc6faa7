// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "profiles": lists, adds and removes the profiles the desktop app also uses, and keeps each
// profile's API secret in the operating system's keychain. A secret is read from standard input
// or a prompt without echo, never from an argument.
#include "profilecommands.h"

#include "exitcode.h"
#include "output.h"

#include "net/keychainsecretstore.h"
#include "net/profilestore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcProfileCommands, "carddesk.cli.profiles", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

class ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Cli::Profiles)
};

QString tr(const char *text)
{
    return ProfileText::tr(text);
}

// Turns terminal echo off for its lifetime, so a typed secret does not appear on screen.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_active = tcgetattr(STDIN_FILENO, &m_mode) == 0;
        if (m_active) {
            termios silent = m_mode;
            silent.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
    bool m_active = false;
};

// Reads the secret: the first line of standard input, after a prompt without echo on a terminal.
QString readSecret(const ProfileInput &input, const QString &keyId)
{
    std::string line;
    if (input.stdinIsTerminal) {
        std::fputs(qPrintable(tr("API secret for key %1 (input is hidden): ").arg(keyId)), stderr);
        std::fflush(stderr);
        EchoOff echoOff;
        std::getline(std::cin, line);
        std::fputs("\n", stderr);
    } else {
        std::getline(std::cin, line);
    }
    QString secret = QString::fromStdString(line);
    while (secret.endsWith(u'\r') || secret.endsWith(u'\n'))
        secret.chop(1);
    return secret;
}

// Runs one keychain operation and waits for it, because the CLI has no window to keep responsive.
Net::SecretResult waitForSecretStore(const std::function<void(QObject *, Net::SecretCallback)> &operation)
{
    QEventLoop loop;
    Net::SecretResult outcome;
    operation(&loop, [&loop, &outcome](const Net::SecretResult &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

QJsonObject profileJson(const Net::Profile &profile)
{
    return QJsonObject{
        {u"id"_s, profile.id},
        {u"name"_s, profile.displayName},
        {u"baseUrl"_s, profile.baseUrl.toString()},
        {u"keyId"_s, profile.key.keyId},
        {u"auth"_s, Net::authModeToName(profile.key.authMode)},
        {u"region"_s, Net::regionToWire(profile.region)},
    };
}

// Finds a stored profile by id or by its exact name.
std::optional<Net::Profile> findProfile(const Net::ProfileStore &store, const QString &idOrName)
{
    for (const Net::Profile &profile : store.profiles()) {
        if (profile.id == idOrName || profile.displayName == idOrName)
            return profile;
    }
    return std::nullopt;
}

int runList(const CommandContext &context)
{
    const auto settings = sharedSettings();
    const Net::ProfileStore store(settings.get());
    QJsonArray array;
    for (const Net::Profile &profile : store.profiles()) {
        context.output.line(QString(profile.id + u"  "_s + profile.displayName + u"  "_s +
                                    profile.baseUrl.toString() + u"  key "_s + profile.key.keyId));
        array.append(profileJson(profile));
    }
    if (array.isEmpty())
        context.output.line(tr("No profiles. Add one with \"carddesk-cli profiles add NAME --base-url URL "
                               "--key-id ID\"."));
    context.output.setField(u"profiles"_s, array);
    return ExitSuccess;
}

int runAdd(const CommandContext &context, const ProfileInput &input)
{
    const GlobalOptions &options = context.invocation.global;
    if (options.keyId.isEmpty()) {
        context.output.error(tr("\"profiles add\" needs --key-id: the profile stores one API key."));
        return ExitUsage;
    }
    Net::Profile profile = profileFor(options);
    profile.displayName = context.invocation.argument;
    const QString problem = profile.validationError();
    if (!problem.isEmpty()) {
        context.output.error(problem);
        return ExitUsage;
    }
    // The id comes from the base URL and the key id, so a second name for the same tenant and key
    // would replace the first profile, and every audit record of it would show the new name.
    const auto settings = sharedSettings();
    Net::ProfileStore store(settings.get());
    const auto existing = findProfile(store, profile.id);
    if (existing && existing->displayName != profile.displayName) {
        context.output.error(
            tr("Profile \"%1\" already uses key %2 at %3. Use that profile, or remove it first with "
               "\"carddesk-cli profiles remove %1\".")
                .arg(existing->displayName, profile.key.keyId, profile.baseUrl.toString()));
        return ExitInvalidInput;
    }
    const QString secret = readSecret(input, profile.key.keyId);
    if (secret.isEmpty()) {
        context.output.error(
            tr("The API secret is empty. Type it at the prompt, or pipe it to standard input, "
               "for example from your password manager."));
        return ExitInvalidInput;
    }

    Net::KeychainSecretStore keychain;
    const Net::SecretKey key = Net::SecretKey::forProfile(profile, Net::KeyUse::Write);
    const Net::SecretResult written = waitForSecretStore(
        [&](QObject *owner, Net::SecretCallback callback) { keychain.write(key, secret, owner, callback); });
    if (!written.ok()) {
        context.output.error(
            tr("The secret of key %1 could not be stored in the keychain (%2): %3 The profile "
               "was not saved.")
                .arg(profile.key.keyId, Net::secretStatusName(written.status), written.message));
        return ExitLocalData;
    }
    const QString saveError = store.save(profile);
    settings->sync();
    if (!saveError.isEmpty() || settings->status() != QSettings::NoError) {
        context.output.error(saveError.isEmpty()
                                 ? tr("The profile could not be written to %1.").arg(settings->fileName())
                                 : saveError);
        return ExitLocalData;
    }
    qCInfo(lcProfileCommands) << "Saved profile" << profile.id << "with key" << profile.key.keyId;
    context.output.line(
        (existing ? tr("Updated profile %1 (%2) with key %3 at %4; its new secret is in the keychain.")
                  : tr("Saved profile %1 (%2) with key %3 at %4; its secret is in the keychain."))
            .arg(profile.displayName, profile.id, profile.key.keyId, profile.baseUrl.toString()));
    context.output.setField(u"profile"_s, profileJson(profile));
    return ExitSuccess;
}

int runRemove(const CommandContext &context)
{
    const auto settings = sharedSettings();
    Net::ProfileStore store(settings.get());
    const auto profile = findProfile(store, context.invocation.argument);
    if (!profile) {
        context.output.error(
            tr("No profile has the id or name \"%1\". Run \"carddesk-cli profiles\" to list them.")
                .arg(context.invocation.argument));
        return ExitInvalidInput;
    }
    Net::KeychainSecretStore keychain;
    const QList<Net::SecretKey> keys = store.secretKeysToRemove(profile->id);
    const Net::SecretResult removed = waitForSecretStore([&](QObject *owner, Net::SecretCallback callback) {
        Net::removeSecrets(&keychain, keys, owner, callback);
    });
    store.remove(profile->id);
    settings->sync();
    context.output.setField(u"profile"_s, profileJson(*profile));
    if (!removed.ok() && removed.status != Net::SecretStatus::NotFound) {
        QStringList accounts;
        for (const Net::SecretKey &key : keys)
            accounts.append(key.account());
        context.output.error(
            tr("Removed profile %1, but its secrets could not be removed from the keychain (%2): "
               "%3 Remove the entries %4 by hand.")
                .arg(profile->displayName, Net::secretStatusName(removed.status), removed.message,
                     accounts.join(u", "_s)));
        return ExitLocalData;
    }
    context.output.line(tr("Removed profile %1 (%2) and its secret.").arg(profile->displayName, profile->id));
    return ExitSuccess;
}

} // namespace

std::unique_ptr<QSettings> sharedSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, u"CardDesk"_s,
                                       u"CardDesk"_s);
}

int runProfiles(const CommandContext &context, const ProfileInput &input)
{
    switch (context.invocation.command) {
    case Command::ProfilesAdd:
        return runAdd(context, input);
    case Command::ProfilesRemove:
        return runRemove(context);
    default:
        return runList(context);
    }
}

std::optional<QString> readStoredSecret(const Net::Profile &profile, QString *error)
{
    Net::KeychainSecretStore keychain;
    const Net::SecretKey key = Net::SecretKey::forProfile(profile, Net::KeyUse::Write);
    const Net::SecretResult read = waitForSecretStore(
        [&](QObject *owner, Net::SecretCallback callback) { keychain.read(key, owner, callback); });
    if (read.ok())
        return read.secret;
    if (read.status != Net::SecretStatus::NotFound && error)
        *error = read.message;
    return std::nullopt;
}

} // namespace CardDesk::Cli
