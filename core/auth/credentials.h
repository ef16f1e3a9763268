// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mms {

// What a user typed to reach a protected stream. The password is held only as long as the
// value lives; nothing here writes it anywhere.
struct Credentials {
    QString user;
    QString domain; // NTLM only; empty for Basic and for NTLM without a domain
    QString password;

    bool isEmpty() const { return user.isEmpty(); }
    // "DOMAIN\user" (as Windows dialogs take it) splits into domain and user; a plain name
    // keeps an empty domain.
    static Credentials fromLogin(const QString &login, const QString &password);

    friend bool operator==(const Credentials &, const Credentials &) = default;
};

} // namespace mms
