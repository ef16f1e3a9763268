// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/bytereader.h"
#include "core/protocol/bytewriter.h"
#include "core/protocol/mmsconstants.h"

#include <QByteArray>
#include <QString>

// The 14 LinkMacToViewer* messages (server -> client), MS-MMSP 2.2.4.1-2.2.4.14, with the same
// writeFields()/readFields() contract as core/protocol/viewertomac.h.
namespace mms {

struct ReportConnectedEX // 2.2.4.2
{
    static constexpr MessageId Id = MessageId::ReportConnectedEX;
    quint32 hr = Hresult::Ok;
    quint32 playIncarnation = DisablePacketPair;
    quint32 macToViewerProtocolRevision = mms::MacToViewerProtocolRevision;
    quint32 viewerToMacProtocolRevision = mms::ViewerToMacProtocolRevision;
    double blockGroupPlayTime = 1.0;
    quint32 blockGroupBlocks = 1;
    quint32 nMaxOpenFiles = 1;
    quint32 nBlockMaxBytes = 0x00008000;
    quint32 maxBitRate = 0x00989680;
    QString serverVersionInfo; // "9.1"; the cb fields count characters including the NUL
    QString versionInfo; // empty = absent (cb 0)
    QString versionUrl; // empty = absent
    QString authenPackage; // "BASIC", "NTLM" or empty = no authentication

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportConnectedEX &m);
    friend bool operator==(const ReportConnectedEX &, const ReportConnectedEX &) = default;
};

struct ReportFunnelInfo // 2.2.4.6
{
    static constexpr MessageId Id = MessageId::ReportFunnelInfo;
    quint32 hr = Hresult::Ok;
    quint32 playIncarnation = DisablePacketPair;
    quint32 transportMask = 8;
    quint32 nBlockFragments = 1;
    quint32 fragmentBytes = 0x00010000;
    quint32 nCubs = 0; // the client id chosen by the server
    quint32 failedCubs = 0;
    quint32 nDisks = 1;
    quint32 decluster = 0;
    quint32 cubddDatagramSize = 0;
    QByteArray packetPairPayload; // only with packet-pair; empty otherwise

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportFunnelInfo &m);
    friend bool operator==(const ReportFunnelInfo &, const ReportFunnelInfo &) = default;
};

struct ReportConnectedFunnel // 2.2.4.3
{
    static constexpr MessageId Id = MessageId::ReportConnectedFunnel;
    quint32 hr = Hresult::Ok;
    quint32 playIncarnation = 0;
    quint32 packetPayloadSize = 0;
    QString funnelName = QStringLiteral("Funnel Of The Gods");

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportConnectedFunnel &m);
    friend bool operator==(const ReportConnectedFunnel &, const ReportConnectedFunnel &) = default;
};

struct ReportDisconnectedFunnel // 2.2.4.4
{
    static constexpr MessageId Id = MessageId::ReportDisconnectedFunnel;
    quint32 hr = Hresult::Ok;
    quint32 playIncarnation = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportDisconnectedFunnel &m);
    friend bool operator==(const ReportDisconnectedFunnel &, const ReportDisconnectedFunnel &) = default;
};

struct ReportOpenFile // 2.2.4.7 (116 bytes of fields, padded to 120)
{
    static constexpr MessageId Id = MessageId::ReportOpenFile;
    quint32 hr = Hresult::Ok;
    quint32 playIncarnation = 0;
    quint32 openFileId = 1;
    quint32 padding = 0;
    quint32 fileName = 0;
    quint32 fileAttributes = 0;
    double fileDuration = 0.0; // seconds
    quint32 fileBlocks = 0; // duration in whole seconds, rounded up
    quint32 filePacketSize = 0;
    quint64 filePacketCount = 0;
    quint32 fileBitRate = 0;
    quint32 fileHeaderSize = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportOpenFile &m);
    friend bool operator==(const ReportOpenFile &, const ReportOpenFile &) = default;
};

struct SecurityChallenge // 2.2.4.14 (no hr field)
{
    static constexpr MessageId Id = MessageId::SecurityChallenge;
    quint32 playIncarnation = 0;
    quint32 cookie = 0;
    QByteArray token; // pToken; cbToken = token.size()

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, SecurityChallenge &m);
    friend bool operator==(const SecurityChallenge &, const SecurityChallenge &) = default;
};

struct ReportRedirect // 2.2.4.9
{
    static constexpr MessageId Id = MessageId::ReportRedirect;
    quint32 hr = Hresult::Ok;
    quint16 redirectType = quint16(RedirectType::Url);
    QString location; // cbLocation counts bytes including the NUL

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportRedirect &m);
    friend bool operator==(const ReportRedirect &, const ReportRedirect &) = default;
};

struct ReportReadBlock // 2.2.4.8
{
    static constexpr MessageId Id = MessageId::ReportReadBlock;
    quint32 hr = Hresult::Ok;
    quint32 playIncarnation = 0;
    quint32 playSequence = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportReadBlock &m);
    friend bool operator==(const ReportReadBlock &, const ReportReadBlock &) = default;
};

struct ReportStreamSwitch // 2.2.4.13
{
    static constexpr MessageId Id = MessageId::ReportStreamSwitch;
    quint32 hr = Hresult::Ok;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportStreamSwitch &m);
    friend bool operator==(const ReportStreamSwitch &, const ReportStreamSwitch &) = default;
};

struct ReportStartedPlaying // 2.2.4.10
{
    static constexpr MessageId Id = MessageId::ReportStartedPlaying;
    quint32 hr = Hresult::Ok;
    quint32 playIncarnation = 0;
    quint32 tigerFileId = 1;
    quint32 unused1 = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportStartedPlaying &m);
    friend bool operator==(const ReportStartedPlaying &, const ReportStartedPlaying &) = default;
};

struct ReportStartStriding // 2.2.4.11
{
    static constexpr MessageId Id = MessageId::ReportStartStriding;
    quint32 hr = Hresult::Ok;
    quint32 playIncarnation = 0;
    quint32 spare = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportStartStriding &m);
    friend bool operator==(const ReportStartStriding &, const ReportStartStriding &) = default;
};

struct ReportEndOfStream // 2.2.4.5
{
    static constexpr MessageId Id = MessageId::ReportEndOfStream;
    quint32 hr = Hresult::Ok; // 0 = done or StopPlaying acknowledged; 1 = a StreamChange follows
    quint32 playIncarnation = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportEndOfStream &m);
    friend bool operator==(const ReportEndOfStream &, const ReportEndOfStream &) = default;
};

struct ReportStreamChange // 2.2.4.12
{
    static constexpr MessageId Id = MessageId::ReportStreamChange;
    quint32 hr = Hresult::Ok;
    quint32 tcpHdrIncarnation = 0x000000FF;
    quint32 packetSize = 0;
    quint32 headerSize = 0;
    quint32 bitRate = 0;
    quint32 streamId = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, ReportStreamChange &m);
    friend bool operator==(const ReportStreamChange &, const ReportStreamChange &) = default;
};

struct Ping // 2.2.4.1
{
    static constexpr MessageId Id = MessageId::Ping;
    quint32 param1 = 0;
    quint32 param2 = 0;

    void writeFields(ByteWriter &w) const;
    static void readFields(ByteReader &r, Ping &m);
    friend bool operator==(const Ping &, const Ping &) = default;
};

} // namespace mms
