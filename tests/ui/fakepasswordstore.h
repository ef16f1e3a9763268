// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/passwordstore.h"

#include <QMap>
#include <QMetaObject>

// A PasswordStore whose keychain is a map in memory (or absent), answering asynchronously as
// QtKeychain does, and counting the calls.
class FakePasswordStore : public PasswordStore {
public:
    explicit FakePasswordStore(bool available = true, QObject *parent = nullptr)
        : PasswordStore(parent), m_available(available)
    {
    }

    QMap<QString, QString> secrets; // key ("login@server") -> password
    int reads = 0;
    int writes = 0;
    int deletes = 0;

protected:
    void readSecret(const QString &key, ReadDone done) override
    {
        ++reads;
        later([this, key, done] {
            if (!m_available)
                done(Result::Unavailable, QString());
            else if (secrets.contains(key))
                done(Result::Ok, secrets.value(key));
            else
                done(Result::NotFound, QString());
        });
    }
    void writeSecret(const QString &key, const QString &password, Done done) override
    {
        ++writes;
        later([this, key, password, done] {
            if (m_available)
                secrets.insert(key, password);
            done(m_available ? Result::Ok : Result::Unavailable);
        });
    }
    void deleteSecret(const QString &key, Done done) override
    {
        ++deletes;
        later([this, key, done] {
            if (!m_available)
                done(Result::Unavailable);
            else
                done(secrets.remove(key) ? Result::Ok : Result::NotFound);
        });
    }

private:
    template<typename F>
    void later(F f)
    {
        QMetaObject::invokeMethod(this, f, Qt::QueuedConnection);
    }

    bool m_available;
};
