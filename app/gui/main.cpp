// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop program: parses the command line and wires the window to a workspace.

#include "appcontroller.h"
#include "diagnosticsexporter.h"
#include "net/keychainsecretstore.h"
#include "net/logfile.h"
#include "net/systemproxy.h"
#include "net/tlsconfig.h"
#include "profilecontroller.h"
#include "sync/workspace.h"
#include "training/trainingenvironment.h"
#include "ui/mainwindow.h"
#include "ui/uitranslations.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

struct Options
{
    bool training = false;
    QString dataDir;
    int trainingUsers = 5000;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Fix employees' access-card credentials in Calven and review the updates that failed."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption training(
        u"training"_s, QApplication::translate("main", "Start training mode: a built-in Calven "
                                                       "simulator with generated users, no account needed."));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QApplication::translate("main",
                                                             "Folder for the local database (default: the "
                                                             "folder the CLI uses too)."),
                                     u"DIR"_s);
    const QCommandLineOption trainingUsers(u"training-users"_s,
                                           QApplication::translate("main",
                                                                   "Number of generated users in training "
                                                                   "mode (default 5000)."),
                                           u"N"_s, u"5000"_s);
    parser.addOptions({training, dataDir, trainingUsers});
    parser.process(app);

    Options options;
    options.training = parser.isSet(training);
    options.dataDir = parser.value(dataDir);
    bool ok = false;
    options.trainingUsers = parser.value(trainingUsers).toInt(&ok);
    if (!ok || options.trainingUsers < 50 || options.trainingUsers > 1000000) {
        qCritical("--training-users must be a whole number from 50 to 1000000.");
        std::exit(2);
    }
    return options;
}

// True when the arguments ask for --help or --version, which print and exit and so need no display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version") {
            return true;
        }
    }
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"CardDesk"_s);
    QCoreApplication::setApplicationName(u"CardDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDDESK_VERSION_STRING));
}

} // namespace

int main(int argc, char *argv[])
{
    // A QApplication needs a display, which a terminal without one lacks, so help and version
    // are printed from a QCoreApplication.
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Ui::installTranslators(&app);
        parseOptions(app);
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    Ui::installTranslators(&app);
    const Options options = parseOptions(app);

    Net::useSystemProxySettings();
    QNetworkAccessManager network;
    Sync::Workspace workspace;
    Ui::MainWindow window;
    window.resize(1360, 840);
    window.setTlsBackendName(Net::TlsConfig::backendDescription());
    Gui::AppController controller(&window, &workspace);

    Training::TrainingEnvironment training;
    QString error;
    if (options.training) {
        Training::TrainingOptions trainingOptions;
        trainingOptions.userCount = options.trainingUsers;
        trainingOptions.dataDir = options.dataDir;
        if (!training.start(trainingOptions, &error) || !workspace.open(training.dataDir(), &error) ||
            !Net::LogFile::install(QDir(training.dataDir()).filePath(u"logs"_s), &error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "CardDesk"), error);
            return 1;
        }
        controller.attachTraining(&training);
        Gui::DiagnosticsExporter diagnostics(&window, &workspace, nullptr, QString());
        window.show();
        controller.start([&] {
            workspace.connectProfile(&network, training.profile(), Training::TrainingEnvironment::secret());
            controller.profileConnected(training.profile().displayName);
            workspace.refreshDirectory();
        });
        return QApplication::exec();
    }

    const QString dataDir = options.dataDir.isEmpty() ? Sync::Workspace::defaultDataDir() : options.dataDir;
    if (!workspace.open(dataDir, &error) ||
        !Net::LogFile::install(QDir(dataDir).filePath(u"logs"_s), &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CardDesk"), error);
        return 1;
    }
    Net::KeychainSecretStore secrets;
    QSettings settings;
    Gui::ProfileController profiles(&window, &workspace, &controller, &network, &secrets, &settings);
    Gui::DiagnosticsExporter diagnostics(&window, &workspace, &profiles.profiles(), settings.fileName());
    // The window and the cached directory come first. Keychain reads can wait for a prompt or
    // an unlock, and sign-in and the refresh need the network.
    window.show();
    controller.start([&profiles] { profiles.signInCurrentProfile(); });
    return QApplication::exec();
}
