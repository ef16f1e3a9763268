// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/ntlmmessage.h"

#include "core/auth/ntlmcrypto.h"
#include "core/protocol/bytereader.h"
#include "core/protocol/bytewriter.h"

#include <QtEndian>

namespace mms::ntlm {

namespace {

constexpr char Signature[8] = {'N', 'T', 'L', 'M', 'S', 'S', 'P', '\0'};

template<typename T>
Decoded<T> failure(CodecStatus status, qint64 offset, const QString &what)
{
    Decoded<T> d;
    d.error.status = status;
    d.error.offset = offset;
    d.error.what = what;
    return d;
}

// A field's (Len, MaxLen, BufferOffset) triple, [MS-NLMP] 2.2.1.
struct FieldRef {
    quint16 length = 0;
    quint32 offset = 0;
};

FieldRef readField(ByteReader &r, const char *name)
{
    FieldRef f;
    f.length = r.u16(name);
    r.u16(name); // MaxLen: SHOULD equal Len, and is not needed to read the field
    f.offset = r.u32(name);
    return f;
}

// Empty string when the field is fine, else why not. A field with data must lie wholly after
// the fixed header and inside the message.
QString checkField(const FieldRef &f, qsizetype headerBytes, qsizetype size, const char *name)
{
    if (f.length == 0)
        return {};
    if (f.offset < quint64(headerBytes))
        return QStringLiteral("%1: offset %2 inside the %3-byte header")
            .arg(QLatin1String(name))
            .arg(f.offset)
            .arg(headerBytes);
    if (quint64(f.offset) + f.length > quint64(size))
        return QStringLiteral("%1: %2 bytes at offset %3 run past the %4-byte message")
            .arg(QLatin1String(name))
            .arg(f.length)
            .arg(f.offset)
            .arg(size);
    return {};
}

QByteArray fieldBytes(QByteArrayView bytes, const FieldRef &f)
{
    return f.length == 0 ? QByteArray() : bytes.sliced(f.offset, f.length).toByteArray();
}

// Text fields are UTF-16LE when NTLMSSP_NEGOTIATE_UNICODE is set, else 8-bit (read as Latin-1).
bool decodeText(QByteArrayView raw, quint32 flags, QString &out)
{
    if (!(flags & NegotiateUnicode)) {
        out = QString::fromLatin1(raw);
        return true;
    }
    if (raw.size() % 2 != 0)
        return false;
    out.resize(raw.size() / 2);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = QChar(qFromLittleEndian<quint16>(raw.data() + 2 * i));
    return true;
}

QByteArray encodeText(const QString &text, quint32 flags)
{
    return (flags & NegotiateUnicode) ? utf16le(text) : text.toLatin1();
}

// Common start of every message: size limit, signature, type.
CodecError checkStart(QByteArrayView bytes, quint32 type, qsizetype headerBytes, const char *name)
{
    CodecError e;
    if (bytes.size() > MaxMessageBytes) {
        e.status = CodecStatus::TooLarge;
        e.what = QStringLiteral("%1: %2 bytes, over our limit of %3")
                     .arg(QLatin1String(name))
                     .arg(bytes.size())
                     .arg(MaxMessageBytes);
    } else if (bytes.size() < headerBytes) {
        e.status = CodecStatus::Malformed;
        e.offset = bytes.size();
        e.what = QStringLiteral("%1: %2 bytes, shorter than its %3-byte header")
                     .arg(QLatin1String(name))
                     .arg(bytes.size())
                     .arg(headerBytes);
    } else if (bytes.first(8) != QByteArrayView(Signature, 8)) {
        e.status = CodecStatus::Malformed;
        e.what = QStringLiteral("%1: no NTLMSSP signature").arg(QLatin1String(name));
    } else if (qFromLittleEndian<quint32>(bytes.data() + 8) != type) {
        e.status = CodecStatus::WrongMessage;
        e.offset = 8;
        e.what = QStringLiteral("%1: message type %2, expected %3")
                     .arg(QLatin1String(name))
                     .arg(qFromLittleEndian<quint32>(bytes.data() + 8))
                     .arg(type);
    }
    return e;
}

// Lays out variable fields after a fixed part: each call returns the (Len, MaxLen, Offset)
// bytes for the header and appends the data to the payload.
class PayloadBuilder {
public:
    explicit PayloadBuilder(qsizetype start) : m_start(start) { }
    QByteArray add(const QByteArray &data)
    {
        ByteWriter w;
        w.u16(quint16(data.size()));
        w.u16(quint16(data.size()));
        w.u32(quint32(m_start + m_payload.size()));
        m_payload += data;
        return w.take();
    }
    const QByteArray &payload() const { return m_payload; }

private:
    qsizetype m_start;
    QByteArray m_payload;
};

} // namespace

quint32 messageType(QByteArrayView bytes)
{
    if (bytes.size() < 12 || bytes.first(8) != QByteArrayView(Signature, 8))
        return 0;
    return qFromLittleEndian<quint32>(bytes.data() + 8);
}

QByteArray encodeNegotiate(const NegotiateMessage &message)
{
    // No domain or workstation supplied (their flags stay clear), so both fields are empty.
    ByteWriter w;
    w.bytes(QByteArrayView(Signature, 8));
    w.u32(1);
    w.u32(message.flags);
    const qsizetype end =
        NegotiateHeaderBytes + ((message.flags & NegotiateVersion) ? VersionBytes : 0);
    for (int i = 0; i < 2; ++i) {
        w.u16(0);
        w.u16(0);
        w.u32(quint32(end));
    }
    if (message.flags & NegotiateVersion)
        w.zeros(VersionBytes);
    return w.take();
}

Decoded<NegotiateMessage> decodeNegotiate(QByteArrayView bytes)
{
    // Only the flags matter to us; the optional domain and workstation fields are not read.
    const CodecError start = checkStart(bytes, 1, 16, "NEGOTIATE");
    if (!start.ok())
        return failure<NegotiateMessage>(start.status, start.offset, start.what);
    Decoded<NegotiateMessage> d;
    d.value.flags = qFromLittleEndian<quint32>(bytes.data() + 12);
    return d;
}

QByteArray encodeChallenge(const ChallengeMessage &message)
{
    const bool version = message.flags & NegotiateVersion;
    PayloadBuilder payload(ChallengeHeaderBytes + (version ? VersionBytes : 0));
    const QByteArray targetName = payload.add(encodeText(message.targetName, message.flags));
    const QByteArray targetInfo = payload.add(message.targetInfo);
    ByteWriter w;
    w.bytes(QByteArrayView(Signature, 8));
    w.u32(2);
    w.bytes(targetName);
    w.u32(message.flags);
    QByteArray challenge = message.serverChallenge.left(ChallengeBytes);
    challenge.resize(ChallengeBytes, '\0');
    w.bytes(challenge);
    w.zeros(8); // Reserved
    w.bytes(targetInfo);
    if (version) {
        QByteArray v = message.version.left(VersionBytes);
        v.resize(VersionBytes, '\0');
        w.bytes(v);
    }
    w.bytes(payload.payload());
    return w.take();
}

Decoded<ChallengeMessage> decodeChallenge(QByteArrayView bytes)
{
    const CodecError start = checkStart(bytes, 2, ChallengeHeaderBytes, "CHALLENGE");
    if (!start.ok())
        return failure<ChallengeMessage>(start.status, start.offset, start.what);
    ByteReader r(bytes);
    r.skip(12, "CHALLENGE header");
    const FieldRef targetName = readField(r, "TargetNameFields");
    Decoded<ChallengeMessage> d;
    d.value.flags = r.u32("NegotiateFlags");
    d.value.serverChallenge = r.bytes(ChallengeBytes, "ServerChallenge").toByteArray();
    r.skip(8, "Reserved");
    const FieldRef targetInfo = readField(r, "TargetInfoFields");
    if (!r.ok())
        return failure<ChallengeMessage>(r.error().status, r.error().offset, r.error().what);
    if (d.value.flags & NegotiateVersion) {
        // The version sits between the header and the payload only if the payload leaves room
        // for it (old servers set the flag without sending the field).
        const quint32 firstPayload =
            qMin(targetName.length ? targetName.offset : quint32(bytes.size()),
                targetInfo.length ? targetInfo.offset : quint32(bytes.size()));
        if (firstPayload >= ChallengeHeaderBytes + VersionBytes
            && bytes.size() >= ChallengeHeaderBytes + VersionBytes) {
            d.value.version = bytes.sliced(ChallengeHeaderBytes, VersionBytes).toByteArray();
        }
    }
    for (const auto &[field, name] :
        {std::pair {targetName, "TargetName"}, std::pair {targetInfo, "TargetInfo"}}) {
        const QString bad = checkField(field, ChallengeHeaderBytes, bytes.size(), name);
        if (!bad.isEmpty())
            return failure<ChallengeMessage>(
                CodecStatus::Malformed, field.offset, QStringLiteral("CHALLENGE: ") + bad);
    }
    if (!decodeText(fieldBytes(bytes, targetName), d.value.flags, d.value.targetName))
        return failure<ChallengeMessage>(CodecStatus::Malformed, targetName.offset,
            QStringLiteral("CHALLENGE: TargetName: odd length for UTF-16"));
    d.value.targetInfo = fieldBytes(bytes, targetInfo);
    if (!d.value.targetInfo.isEmpty()) {
        const Decoded<QList<AvPair>> pairs = decodeAvPairs(d.value.targetInfo);
        if (!pairs.ok())
            return failure<ChallengeMessage>(CodecStatus::Malformed,
                targetInfo.offset + pairs.error.offset,
                QStringLiteral("CHALLENGE: TargetInfo: ") + pairs.error.what);
    }
    return d;
}

QByteArray encodeAuthenticate(const AuthenticateMessage &message)
{
    const bool version = message.flags & NegotiateVersion;
    PayloadBuilder payload(AuthenticateHeaderBytes + (version ? VersionBytes : 0));
    const QByteArray domain = payload.add(encodeText(message.domain, message.flags));
    const QByteArray user = payload.add(encodeText(message.user, message.flags));
    const QByteArray workstation = payload.add(encodeText(message.workstation, message.flags));
    const QByteArray lm = payload.add(message.lmResponse);
    const QByteArray nt = payload.add(message.ntResponse);
    const QByteArray key = payload.add(message.encryptedRandomSessionKey);
    ByteWriter w;
    w.bytes(QByteArrayView(Signature, 8));
    w.u32(3);
    for (const QByteArray *field : {&lm, &nt, &domain, &user, &workstation, &key})
        w.bytes(*field);
    w.u32(message.flags);
    if (version) {
        QByteArray v = message.version.left(VersionBytes);
        v.resize(VersionBytes, '\0');
        w.bytes(v);
    }
    w.bytes(payload.payload());
    return w.take();
}

Decoded<AuthenticateMessage> decodeAuthenticate(QByteArrayView bytes)
{
    const CodecError start = checkStart(bytes, 3, AuthenticateHeaderBytes, "AUTHENTICATE");
    if (!start.ok())
        return failure<AuthenticateMessage>(start.status, start.offset, start.what);
    ByteReader r(bytes);
    r.skip(12, "AUTHENTICATE header");
    const FieldRef lm = readField(r, "LmChallengeResponseFields");
    const FieldRef nt = readField(r, "NtChallengeResponseFields");
    const FieldRef domain = readField(r, "DomainNameFields");
    const FieldRef user = readField(r, "UserNameFields");
    const FieldRef workstation = readField(r, "WorkstationFields");
    const FieldRef key = readField(r, "EncryptedRandomSessionKeyFields");
    Decoded<AuthenticateMessage> d;
    d.value.flags = r.u32("NegotiateFlags");
    if (!r.ok())
        return failure<AuthenticateMessage>(r.error().status, r.error().offset, r.error().what);
    const std::pair<FieldRef, const char *> fields[] = {{lm, "LmChallengeResponse"},
        {nt, "NtChallengeResponse"}, {domain, "DomainName"}, {user, "UserName"},
        {workstation, "Workstation"}, {key, "EncryptedRandomSessionKey"}};
    for (const auto &[field, name] : fields) {
        const QString bad = checkField(field, AuthenticateHeaderBytes, bytes.size(), name);
        if (!bad.isEmpty())
            return failure<AuthenticateMessage>(
                CodecStatus::Malformed, field.offset, QStringLiteral("AUTHENTICATE: ") + bad);
    }
    d.value.lmResponse = fieldBytes(bytes, lm);
    d.value.ntResponse = fieldBytes(bytes, nt);
    d.value.encryptedRandomSessionKey = fieldBytes(bytes, key);
    const std::pair<FieldRef, QString *> texts[] = {
        {domain, &d.value.domain}, {user, &d.value.user}, {workstation, &d.value.workstation}};
    for (const auto &[field, out] : texts) {
        if (!decodeText(fieldBytes(bytes, field), d.value.flags, *out))
            return failure<AuthenticateMessage>(CodecStatus::Malformed, field.offset,
                QStringLiteral("AUTHENTICATE: odd length for UTF-16 text"));
    }
    if (d.value.flags & NegotiateVersion && bytes.size() >= AuthenticateHeaderBytes + VersionBytes)
        d.value.version = bytes.sliced(AuthenticateHeaderBytes, VersionBytes).toByteArray();
    return d;
}

QByteArray encodeAvPairs(const QList<AvPair> &pairs)
{
    ByteWriter w;
    for (const AvPair &pair : pairs) {
        w.u16(pair.id);
        w.u16(quint16(pair.value.size()));
        w.bytes(pair.value);
    }
    w.u16(quint16(AvId::Eol));
    w.u16(0);
    return w.take();
}

Decoded<QList<AvPair>> decodeAvPairs(QByteArrayView bytes)
{
    Decoded<QList<AvPair>> d;
    ByteReader r(bytes);
    while (r.ok()) {
        const qint64 at = r.offset();
        AvPair pair;
        pair.id = r.u16("AvId");
        const quint16 length = r.u16("AvLen");
        if (!r.ok())
            break;
        if (length > r.remaining())
            return failure<QList<AvPair>>(CodecStatus::Malformed, at,
                QStringLiteral("AV pair %1: %2 bytes, only %3 left")
                    .arg(pair.id)
                    .arg(length)
                    .arg(r.remaining()));
        pair.value = r.bytes(length, "Value").toByteArray();
        if (pair.id == quint16(AvId::Eol))
            return d;
        d.value.append(pair);
    }
    return failure<QList<AvPair>>(
        CodecStatus::Malformed, bytes.size(), QStringLiteral("no MsvAvEOL"));
}

} // namespace mms::ntlm
