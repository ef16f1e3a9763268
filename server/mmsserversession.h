#pragma once

#include "core/asf/asffile.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"
#include "server/mmsserver.h"
#include "server/filepacketfeed.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QTcpSocket;
class LiveSource;
class MediaLibrary;

// What a session needs from its server; the pointers outlive every session.
struct SessionEnvironment
{
    MmsServerConfig::Pace pace = MmsServerConfig::Pace::Realtime;
    int pingIntervalMs = 30000;
    int idleTimeoutMs = 60000;
    const MediaLibrary *library = nullptr;
    QMap<QString, LiveSource *> live;
    // Non-zero: answer Connect with this hr and close (MS-MMSP 3.2.5.3; used for --max-clients).
    quint32 refuseHr = 0;
};

// The server side of one client connection (MS-MMSP 3.2): owns the socket, splits what arrives
// into commands, answers them in order and streams the file's header and data packets.
class MmsServerSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Init, Connected, FileOpen, Ready, Streaming, Closing };
    Q_ENUM(State)

    // Takes ownership of `socket`.
    MmsServerSession(int number, QTcpSocket *socket, const SessionEnvironment &environment,
                     QObject *parent = nullptr);
    ~MmsServerSession() override;

    int number() const { return m_number; }
    State state() const { return m_state; }
    bool isRefused() const { return m_env.refuseHr != 0; }

signals:
    void messageReceived(int session, mms::MessageId id, const QByteArray &message);
    void finished(int session);

private:
    // Largest amount of data we let wait in the socket's write buffer before we stop producing
    // more: a slow reader gets packets late, the server's memory stays bounded.
    static constexpr qint64 MaxQueuedBytes = 64 * 1024;
    // A live client that falls this many packets behind loses the oldest ones.
    static constexpr qsizetype MaxLiveQueue = 64;

    void handleReadyRead();
    void handleDisconnected();
    void handleCommand(const mms::CommandPacket &packet);
    void handleConnect(const QByteArray &message);
    void handleOpenFile(const QByteArray &message);
    void handleReadBlock(const QByteArray &message);
    void handleStreamSwitch(const QByteArray &message);
    void handleStartPlaying(const QByteArray &message);
    void handleStopPlaying(const QByteArray &message);
    void handleStartStriding(const QByteArray &message);

    template<typename M>
    void sendMessage(const M &message)
    {
        writeMessage(mms::encodePacket(message, m_seq++), M::Id);
    }
    void writeMessage(const QByteArray &packet, mms::MessageId id);
    void writeData(quint32 locationId, quint8 afFlags, const QByteArray &payload);
    void sendPing();

    void stopStreaming();
    void pump();
    void pumpLive();
    bool prepareNextPacket();
    void endOfStream(quint32 hr);
    void handleLivePacket(quint32 locationId, const QByteArray &packet);
    void closeSession(const QString &reason);

    int m_number = 0;
    QTcpSocket *m_socket = nullptr;
    SessionEnvironment m_env;
    mms::StreamSplitter m_splitter;
    State m_state = State::Init;
    quint16 m_seq = 0;
    bool m_finished = false;

    std::unique_ptr<asf::AsfFile> m_file;
    QPointer<LiveSource> m_live;
    QString m_fileName;
    QSet<int> m_selected; // streams whose payloads are sent
    QSet<int> m_allStreams;

    quint8 m_incarnation = 0; // of the StartPlaying being served
    quint8 m_afCounter = 0; // MS-MMSP 2.2.2: AFFlags of media packets is a running counter
    std::unique_ptr<FilePacketFeed> m_feed; // refers to *m_file: declared after it
    bool m_hasPending = false;
    FilePacketFeed::Packet m_pending;
    QElapsedTimer m_playClock;
    QList<QPair<quint32, QByteArray>> m_liveQueue;
    qint64 m_liveDropped = 0;

    QTimer m_paceTimer;
    QTimer m_pingTimer;
    QTimer m_idleTimer;
};
