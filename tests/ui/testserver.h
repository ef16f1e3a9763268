// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/mmscodec.h"
#include "server/mmsserver.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

// An in-process MmsServer on a free local port serving the build's media, recording every
// message the clients sent, for the window's tests.
class TestServer : public QObject
{
public:
    struct Message
    {
        mms::MessageId id;
        QByteArray bytes;
    };

    explicit TestServer(MmsServerConfig::Pace pace,
                        const QMap<QString, QString> &live = QMap<QString, QString>())
    {
        MmsServerConfig config;
        config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
        config.port = 0;
        config.pace = pace;
        config.live = live; // NAME -> file (absolute, or relative to the working directory)
        m_server = std::make_unique<MmsServer>(config);
        connect(m_server.get(), &MmsServer::messageReceived, this,
                [this](int, mms::MessageId id, const QByteArray &bytes) {
                    m_messages.append({ id, bytes });
                });
    }

    bool listen() { return m_server->listen(); }
    QString errorString() const { return m_server->errorString(); }
    MmsServer *server() const { return m_server.get(); }
    void shutDown() { m_server.reset(); }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("mms://127.0.0.1:%1/%2").arg(m_server->serverPort()).arg(path));
    }

    const QList<Message> &messages() const { return m_messages; }

    // The decoded messages of type M, in the order they arrived.
    template<typename M>
    QList<M> all() const
    {
        QList<M> out;
        for (const Message &message : m_messages) {
            if (message.id == M::Id)
                out.append(mms::decodeMessage<M>(message.bytes).value);
        }
        return out;
    }

    // The file names of the OpenFile messages so far.
    QStringList openedFiles() const
    {
        QStringList names;
        for (const mms::OpenFile &open : all<mms::OpenFile>())
            names.append(open.fileName);
        return names;
    }

private:
    std::unique_ptr<MmsServer> m_server;
    QList<Message> m_messages;
};
