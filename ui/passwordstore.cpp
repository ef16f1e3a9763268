// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/passwordstore.h"

#include <QSettings>
#include <QUrl>
#include <QVariantMap>
#include <qt6keychain/keychain.h>

namespace {

// The keychain's service name: what the user sees in Seahorse, KWalletManager or the Windows
// Credential Manager next to each entry.
const QString KeychainService = QStringLiteral("MMS Player");
// One QSettings value mapping server keys to logins: the keys contain "://", and slashes in a
// QSettings key would make groups.
const QString LoginsKey = QStringLiteral("authentication/logins");

quint16 defaultPort(const QString &scheme)
{
    // MS-MMSP listens on 1755; MMS over HTTP (mmsh://, http://) on 80.
    return (scheme == QLatin1String("mms") || scheme == QLatin1String("mmst")) ? 1755 : 80;
}

PasswordStore::Result resultOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return PasswordStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return PasswordStore::Result::NotFound;
    // No Secret Service or KWallet: on a headless machine this arrives as OtherError ("Cannot
    // autolaunch D-Bus"), so OtherError counts as no keychain as well.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return PasswordStore::Result::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser: // the user refused to unlock it, this time
    case QKeychain::AccessDenied:
        return PasswordStore::Result::Failed;
    }
    return PasswordStore::Result::Failed;
}

} // namespace

PasswordStore::PasswordStore(QObject *parent) : QObject(parent) { }

PasswordStore::~PasswordStore() = default;

QString PasswordStore::serverKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return QStringLiteral("%1://%2:%3")
        .arg(scheme, url.host().toLower())
        .arg(url.port(defaultPort(scheme)));
}

QString PasswordStore::unavailableReason() const
{
    if (m_availability != Availability::Unavailable)
        return QString();
    return tr("Passwords cannot be remembered: this system has no keychain (such as GNOME "
              "Keyring or KWallet) running.");
}

QString PasswordStore::rememberedLogin(const QString &server) const
{
    return QSettings().value(LoginsKey).toMap().value(server).toString();
}

void PasswordStore::setRememberedLogin(const QString &server, const QString &login)
{
    QSettings settings;
    QVariantMap logins = settings.value(LoginsKey).toMap();
    if (logins.value(server).toString() == login)
        return;
    logins.insert(server, login);
    settings.setValue(LoginsKey, logins);
}

void PasswordStore::lookup(const QString &server)
{
    const QString login = rememberedLogin(server);
    // Read even without a login: the answer tells whether a keychain exists, which the dialog
    // shows. The key of an empty login never holds anything.
    readSecret(secretKey(server, login), [this, server, login](Result result, const QString &pw) {
        noteResult(result);
        const bool found = result == Result::Ok && !login.isEmpty();
        emit lookupFinished(server, found ? login : QString(), found ? pw : QString(), found);
    });
}

void PasswordStore::store(const QString &server, const QString &login, const QString &password)
{
    setRememberedLogin(server, login);
    if (m_availability == Availability::Unavailable) {
        // Known to fail; answer later all the same, as the keychain would.
        QMetaObject::invokeMethod(
            this, [this, server] { emit storeFinished(server, false); }, Qt::QueuedConnection);
        return;
    }
    writeSecret(secretKey(server, login), password, [this, server](Result result) {
        noteResult(result);
        emit storeFinished(server, result == Result::Ok);
    });
}

void PasswordStore::forget(const QString &server, const QString &login)
{
    if (m_availability == Availability::Unavailable) {
        QMetaObject::invokeMethod(
            this, [this, server] { emit forgetFinished(server); }, Qt::QueuedConnection);
        return;
    }
    deleteSecret(secretKey(server, login), [this, server](Result result) {
        noteResult(result);
        emit forgetFinished(server);
    });
}

void PasswordStore::readSecret(const QString &key, ReadDone done)
{
    // No parent: the job deletes itself when finished; `this` as the context drops the answer if
    // the store is gone by then.
    auto *job = new QKeychain::ReadPasswordJob(KeychainService);
    job->setKey(key);
    // Never the "insecure fallback": it would write the password to a QSettings file in clear.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const Result result = resultOf(finished);
        done(result,
            result == Result::Ok ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData()
                                 : QString());
    });
    job->start();
}

void PasswordStore::writeSecret(const QString &key, const QString &password, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(KeychainService);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
        [done](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}

void PasswordStore::deleteSecret(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(KeychainService);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
        [done](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}

QString PasswordStore::secretKey(const QString &server, const QString &login)
{
    // "DOMAIN\user@mms://host:1755": readable in a keyring manager, one entry per login.
    return login + QLatin1Char('@') + server;
}

void PasswordStore::noteResult(Result result)
{
    Availability now = m_availability;
    if (result == Result::Ok || result == Result::NotFound)
        now = Availability::Available;
    else if (result == Result::Unavailable)
        now = Availability::Unavailable;
    if (now == m_availability)
        return;
    m_availability = now;
    emit availabilityChanged(now);
}
