// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingenvironment.h"

#include "core/cardvalidation.h"
#include "sim/simulator.h"
#include "store/credentialregister.h"
#include "sync/workspace.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTraining, "carddesk.training.environment", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Training {

namespace {

constexpr auto TrainingKeyId = "TRAINING-0000-4000-8000-CARDDESK"_L1;
constexpr auto TrainingSecret = "training-secret-for-the-built-in-simulator"_L1;
constexpr auto TrainingFacilityCode = "42"_L1;
constexpr int SeededUserCount = 40;

Core::Credential h10301(const QString &cardNumber, bool active = true)
{
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    Q_ASSERT(format);
    return Core::makeCredential(*format, TrainingFacilityCode, cardNumber, active, {}).credential;
}

QList<Core::DirectoryUser> activeUsers(const Sim::Simulator &simulator)
{
    QList<Core::DirectoryUser> users;
    for (const Core::DirectoryUser &user : simulator.directory().users) {
        if (user.isActive() && !user.email.isEmpty())
            users.append(user);
    }
    return users;
}

} // namespace

TrainingEnvironment::TrainingEnvironment(QObject *parent)
    : QObject(parent)
{}

TrainingEnvironment::~TrainingEnvironment() = default;

bool TrainingEnvironment::start(const TrainingOptions &options, QString *error)
{
    if (options.dataDir.isEmpty()) {
        m_temporaryDir =
            std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"carddesk-training-XXXXXX"_s));
        if (!m_temporaryDir->isValid()) {
            *error = tr("Cannot create a temporary folder for training data: %1")
                         .arg(m_temporaryDir->errorString());
            return false;
        }
        m_dataDir = m_temporaryDir->path();
    } else {
        m_dataDir = options.dataDir;
    }

    Sim::SimulatorOptions simulatorOptions;
    simulatorOptions.userCount = options.userCount;
    simulatorOptions.seed = options.seed;
    simulatorOptions.apiKeyId = TrainingKeyId;
    simulatorOptions.apiSecret = TrainingSecret;
    m_simulator = std::make_unique<Sim::Simulator>(simulatorOptions);
    QString listenError;
    if (!m_simulator->listen(QHostAddress::LocalHost, 0, &listenError)) {
        *error = tr("Cannot start the training simulator: %1").arg(listenError);
        return false;
    }
    qCInfo(lcTraining) << "Training simulator listening on" << m_simulator->baseUrl().toDisplayString()
                       << "with" << options.userCount << "users";
    return true;
}

Net::Profile TrainingEnvironment::profile() const
{
    Net::Profile profile = Net::Profile::create(tr("Training (simulator)"));
    profile.id = u"training"_s;
    profile.baseUrl = m_simulator ? m_simulator->baseUrl() : QUrl();
    profile.key.authMode = Net::AuthMode::HmacToken;
    profile.key.keyId = TrainingKeyId;
    return profile;
}

QString TrainingEnvironment::secret()
{
    return TrainingSecret;
}

bool TrainingEnvironment::seed(Sync::Workspace &workspace, QString *error)
{
    const QList<Core::DirectoryUser> users = activeUsers(*m_simulator);
    if (users.size() < SeededUserCount + 3) {
        *error = tr("The training directory has too few active users to seed.");
        return false;
    }

    // Cards that Calven already has and confirmed, as if an earlier desk shift had sent them.
    Store::CredentialRegister &credentialRegister = workspace.credentialRegister();
    for (int i = 0; i < SeededUserCount; ++i) {
        const Core::DirectoryUser &user = users.at(i);
        const QList<Core::Credential> cards{h10301(QString::number(10000 + i))};
        const QString updateId = u"training-seed-%1"_s.arg(i);
        m_simulator->setCredentials(user.email, cards);
        if (!credentialRegister.setIntended(user.userId, user.email, cards, Store::RegisterAction::Import) ||
            !credentialRegister.setConfirmed(user.userId, user.email, cards, updateId)) {
            *error = credentialRegister.errorString();
            return false;
        }
    }

    // A card that someone assigned to another person outside CardDesk: Calven has it, the register does not.
    const Core::DirectoryUser &holder = users.at(SeededUserCount);
    const Core::Credential contested = h10301(u"20500"_s);
    const Core::Credential alsoContested = h10301(u"20600"_s);
    m_simulator->setCredentials(holder.email, {contested, alsoContested});

    Core::DirectoryUser leaver;
    leaver.userId = u"training-former-employee"_s;
    leaver.firstName = u"Former"_s;
    leaver.lastName = u"Employee"_s;
    leaver.email = u"former.employee@example.com"_s;
    leaver.status = u"inactive"_s;

    const QList<std::pair<Core::DirectoryUser, QList<Core::Credential>>> failing{
        {leaver, {h10301(u"20100"_s)}},
        {users.at(SeededUserCount + 1), {contested}},
        {users.at(SeededUserCount + 2), {h10301(u"20700"_s), alsoContested}},
    };
    for (const auto &[user, cards] : failing) {
        if (!workspace.submitCards(user, cards, error))
            return false;
    }
    qCInfo(lcTraining) << "Seeded" << SeededUserCount << "users with cards and queued" << failing.size()
                       << "updates the simulator rejects";
    return true;
}

} // namespace CardDesk::Training
