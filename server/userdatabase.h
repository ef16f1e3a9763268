// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

// The users file of `mms-serve --users FILE` (format in docs/mms-serve.md): one user a line,
//   name:ntlm:<32 hex digits of the NT hash, MD4 of the UTF-16LE password>
//   name:pbkdf2-sha256:<iterations>:<salt, hex>:<32-byte key, hex>
// '#' starts a comment line. No password is ever stored in clear. NTLM needs the NT hash; a
// Basic login checks either kind.
class UserDatabase {
public:
    enum class Kind { Ntlm, Pbkdf2Sha256 };
    struct Entry {
        Kind kind = Kind::Pbkdf2Sha256;
        QByteArray ntHash; // Ntlm
        int iterations = 0; // Pbkdf2Sha256
        QByteArray salt;
        QByteArray key;
    };

    // Limits on what a users file may hold; beyond them it is refused, not truncated.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxUsers = 10000;
    static constexpr int MaxNameChars = 64;
    static constexpr int MinIterations = 1000;
    static constexpr int MaxIterations = 10000000;
    static constexpr int DefaultIterations = 100000;
    static constexpr int SaltBytes = 16;

    // False with `error` ("FILE:LINE: why") when the file cannot be read or a line is bad.
    bool load(const QString &path, QString *error);
    bool parse(const QByteArray &text, QString *error, const QString &source = QString());

    int size() const { return int(m_users.size()); }
    bool contains(const QString &name) const { return m_users.contains(name); }
    std::optional<Entry> entry(const QString &name) const;
    // The NT hash of an NTLM user, nothing for unknown users and PBKDF2 users.
    std::optional<QByteArray> ntHash(const QString &name) const;
    // Basic: the password checked against either kind of entry (same work for unknown users).
    bool verifyPassword(const QString &name, const QString &password) const;

    // 1..64 characters, none of them ':', a space or a control character, not starting '#'.
    static bool validName(const QString &name);
    // The line for `name` (without newline), with a fresh random salt for PBKDF2.
    static QByteArray makeLine(const QString &name, const QString &password, Kind kind,
        int iterations = DefaultIterations);
    // Writes `line` for `name` into the file at `path`: replaces that user's line or appends
    // one; creates the file (mode 0600) if needed. Atomic (QSaveFile).
    static bool writeUser(
        const QString &path, const QString &name, const QByteArray &line, QString *error);

private:
    QHash<QString, Entry> m_users;
};
