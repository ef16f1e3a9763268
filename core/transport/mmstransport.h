// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace asf {
struct Header;
}
class MmsSessionPrivate;

// The wire beneath the session's one state machine (issue 13, ../shared/docs/transports.md).
// MmsSessionPrivate decides *what* happens (states, timeouts, reconnect, stream choice, stats);
// a transport decides *how* it goes over the wire: MS-MMSP messages over TCP (MmstTransport) or
// [MS-WMSP] requests over HTTP (MmshTransport). The state machine calls these at the points
// where it used to branch on the wire, so each branch now lives in exactly one implementation.
// Plain virtuals, no QObject: a transport reports back by calling the session's private
// directly (the back-pointer), which keeps the order of the session's signals exactly as it was.
class MmsTransport {
public:
    explicit MmsTransport(MmsSessionPrivate *session) : d(session) { }
    virtual ~MmsTransport() = default;
    MmsTransport(const MmsTransport &) = delete;
    MmsTransport &operator=(const MmsTransport &) = delete;

    // Opening: the port to connect to, what to set up before connecting, and the first
    // request once the connection is up.
    virtual quint16 port() const = 0;
    virtual void prepareConnection() = 0;
    virtual void connected() = 0;

    // Receiving: the socket's new bytes, then decode and hand on what is complete.
    virtual void receive(const QByteArray &bytes) = 0;
    virtual void process() = 0;
    // The connection closed: true when that is normal for this wire and handled. Between plays
    // (a pipelined HTTP connection may close then) and at the end of a reply whose end is the
    // close (an HTTP playlist without a length).
    virtual bool closedBetweenPlays() = 0;
    virtual bool closeEndsReply() = 0;
    // Bytes of a message begun but not complete, for the error that the close cut it short.
    virtual qint64 bufferedBytes() const { return 0; }

    // The header is whole and parsed; the wire may take file facts from it.
    virtual void headerParsed(const asf::Header &header) = 0;

    // Playing: the selection changed while streaming, start at the session's position and
    // streams, stop, the play's log, a server-side playlist moved on to its next entry.
    virtual void streamsChanged() = 0;
    virtual void startPlay() = 0;
    virtual void stop() = 0;
    virtual void sendLog() = 0;
    virtual void entryStarted() = 0;

    // Paused: tell the server we are still here. Closing: say goodbye to the open file.
    virtual void keepAlive() = 0;
    virtual void closeFile() = 0;

    // Fast-forward and rewind (StartStriding) exist on this wire.
    virtual bool canStride() const = 0;

protected:
    MmsSessionPrivate *const d;
};
