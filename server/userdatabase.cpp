// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/userdatabase.h"

#include "core/auth/ntlmcrypto.h"

#include <QFile>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSaveFile>
#include <cctype>

namespace {

constexpr int KeyBytes = 32;

QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, KeyBytes);
}

bool strictHex(const QByteArray &text, qsizetype bytes, QByteArray &out)
{
    if (text.size() != bytes * 2)
        return false;
    for (const char c : text) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    out = QByteArray::fromHex(text);
    return out.size() == bytes;
}

QString nameOfLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    return colon < 0 ? QString() : QString::fromUtf8(line.left(colon));
}

} // namespace

bool UserDatabase::validName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxNameChars || name.startsWith(QLatin1Char('#')))
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char(':') || c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

bool UserDatabase::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        *error = QStringLiteral("%1: over %2 bytes").arg(path).arg(MaxFileBytes);
        return false;
    }
    return parse(file.read(MaxFileBytes + 1), error, path);
}

bool UserDatabase::parse(const QByteArray &text, QString *error, const QString &source)
{
    QHash<QString, Entry> users;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto bad = [&](const QString &why) {
            *error = QStringLiteral("%1:%2: %3").arg(source).arg(i + 1).arg(why);
            return false;
        };
        const QList<QByteArray> parts = line.split(':');
        const QString name = QString::fromUtf8(parts.at(0));
        if (!validName(name))
            return bad(QStringLiteral("bad user name"));
        if (users.contains(name))
            return bad(QStringLiteral("user \"%1\" twice").arg(name));
        if (users.size() >= MaxUsers)
            return bad(QStringLiteral("more than %1 users").arg(MaxUsers));
        Entry entry;
        if (parts.size() == 3 && parts.at(1) == "ntlm") {
            entry.kind = Kind::Ntlm;
            if (!strictHex(parts.at(2), mms::ntlm::HashBytes, entry.ntHash))
                return bad(QStringLiteral("NT hash is not 32 hex digits"));
        } else if (parts.size() == 5 && parts.at(1) == "pbkdf2-sha256") {
            entry.kind = Kind::Pbkdf2Sha256;
            bool ok = false;
            entry.iterations = parts.at(2).toInt(&ok);
            if (!ok || entry.iterations < MinIterations || entry.iterations > MaxIterations)
                return bad(QStringLiteral("iterations not in %1..%2")
                               .arg(MinIterations)
                               .arg(MaxIterations));
            if (parts.at(3).size() < 16 || parts.at(3).size() > 128
                || !strictHex(parts.at(3), parts.at(3).size() / 2, entry.salt))
                return bad(QStringLiteral("salt is not 8 to 64 bytes of hex"));
            if (!strictHex(parts.at(4), KeyBytes, entry.key))
                return bad(QStringLiteral("key is not 64 hex digits"));
        } else {
            return bad(QStringLiteral(
                "expected name:ntlm:HASH or name:pbkdf2-sha256:ITERATIONS:SALT:KEY"));
        }
        users.insert(name, entry);
    }
    m_users = users;
    return true;
}

std::optional<UserDatabase::Entry> UserDatabase::entry(const QString &name) const
{
    const auto it = m_users.constFind(name);
    if (it == m_users.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QByteArray> UserDatabase::ntHash(const QString &name) const
{
    const auto it = m_users.constFind(name);
    if (it == m_users.constEnd() || it->kind != Kind::Ntlm)
        return std::nullopt;
    return it->ntHash;
}

bool UserDatabase::verifyPassword(const QString &name, const QString &password) const
{
    const auto it = m_users.constFind(name);
    if (it == m_users.constEnd()) {
        // As much work as a real check, so a reply's timing does not say who exists.
        static_cast<void>(pbkdf2(password, QByteArray(SaltBytes, '\0'), DefaultIterations));
        return false;
    }
    if (it->kind == Kind::Ntlm)
        return mms::ntlm::constantTimeEquals(mms::ntlm::ntHash(password), it->ntHash);
    return mms::ntlm::constantTimeEquals(pbkdf2(password, it->salt, it->iterations), it->key);
}

QByteArray UserDatabase::makeLine(
    const QString &name, const QString &password, Kind kind, int iterations)
{
    if (kind == Kind::Ntlm)
        return name.toUtf8() + ":ntlm:" + mms::ntlm::ntHash(password).toHex();
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    for (char &c : salt)
        c = char(QRandomGenerator::system()->bounded(256));
    return name.toUtf8() + ":pbkdf2-sha256:" + QByteArray::number(iterations) + ':' + salt.toHex()
        + ':' + pbkdf2(password, salt, iterations).toHex();
}

bool UserDatabase::writeUser(
    const QString &path, const QString &name, const QByteArray &line, QString *error)
{
    QByteArray text;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly) || existing.size() > MaxFileBytes) {
            *error =
                QStringLiteral("%1: cannot read (or over %2 bytes)").arg(path).arg(MaxFileBytes);
            return false;
        }
        text = existing.readAll();
    }
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    bool replaced = false;
    for (QByteArray &old : lines) {
        if (!old.trimmed().startsWith('#') && nameOfLine(old.trimmed()) == name) {
            old = line;
            replaced = true;
        }
    }
    if (!replaced)
        lines.append(line);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(lines.join('\n') + '\n');
    if (!out.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}
