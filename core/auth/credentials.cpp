// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/credentials.h"

namespace mms {

Credentials Credentials::fromLogin(const QString &login, const QString &password)
{
    Credentials c;
    c.password = password;
    const qsizetype slash = login.indexOf(QLatin1Char('\\'));
    if (slash > 0) {
        c.domain = login.left(slash);
        c.user = login.mid(slash + 1);
    } else {
        c.user = login;
    }
    return c;
}

} // namespace mms
