// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QUrl;

// Remembered stream passwords. The password lives only in the system keychain (QtKeychain:
// Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager on Windows); the
// user name last used for a server goes to QSettings so the sign-in dialog can be pre-filled.
// Keychain calls are asynchronous, so is this API: each call is answered by its signal.
// Without a keychain (a headless machine has no Secret Service) lookups find nothing,
// availability() becomes Unavailable and writes are dropped: remembering is simply off.
class PasswordStore : public QObject {
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    // What a keychain call came back with (the seam tests replace).
    enum class Result { Ok, NotFound, Unavailable, Failed };

    explicit PasswordStore(QObject *parent = nullptr);
    ~PasswordStore() override;

    // The key a server's passwords are filed under: "mms://host:port" (scheme as the user typed
    // it, host lower case, the scheme's default port filled in).
    static QString serverKey(const QUrl &url);

    Availability availability() const { return m_availability; }
    // Why passwords cannot be remembered, in words for the dialog; empty unless Unavailable.
    QString unavailableReason() const;

    // The user name last signed in with on `server` (QSettings), or empty.
    QString rememberedLogin(const QString &server) const;
    void setRememberedLogin(const QString &server, const QString &login);

    // Reads the password remembered for rememberedLogin(server): lookupFinished() follows, with
    // `found` false when there is none (or no keychain). The first call also settles
    // availability().
    void lookup(const QString &server);
    // Keeps `password` for `login` on `server` (and `login` as the remembered login).
    void store(const QString &server, const QString &login, const QString &password);
    // Removes the password of `login` on `server` (the login stays for pre-filling).
    void forget(const QString &server, const QString &login);

signals:
    void lookupFinished(
        const QString &server, const QString &login, const QString &password, bool found);
    void storeFinished(const QString &server, bool ok);
    void forgetFinished(const QString &server);
    void availabilityChanged(PasswordStore::Availability availability);

protected:
    using ReadDone = std::function<void(Result, const QString &password)>;
    using Done = std::function<void(Result)>;
    // The keychain: QtKeychain jobs here, a fake in tests. Must answer later, never inside the
    // call (callers rely on signals coming after the call returns).
    virtual void readSecret(const QString &key, ReadDone done);
    virtual void writeSecret(const QString &key, const QString &password, Done done);
    virtual void deleteSecret(const QString &key, Done done);

private:
    static QString secretKey(const QString &server, const QString &login);
    void noteResult(Result result);

    Availability m_availability = Availability::Unknown;
};
