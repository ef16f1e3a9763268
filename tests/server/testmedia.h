// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// The server tests' media folder: copies of the build's clips (MMS_MEDIA_DIR), a file with small
// packets (several header fragments), a non-ASF .wmv, a text file, and symlinks leading out.
//   root/clip.wmv audio.wma multi.wmv small.wmv bad.wmv notes.txt sub/dir/clip.wmv
//   root/escape.wmv -> outside/secret.wmv      root/outlink -> outside/
namespace TestMedia {

inline QString mediaFile(const QString &name)
{
    return QStringLiteral(MMS_MEDIA_DIR "/") + name;
}

inline bool makeRoot(const QString &base)
{
    QDir dir(base);
    if (!dir.mkpath(QStringLiteral("root/sub/dir")) || !dir.mkpath(QStringLiteral("outside")))
        return false;
    const QString root = base + QStringLiteral("/root/");
    const QString outside = base + QStringLiteral("/outside/");
    bool ok = QFile::copy(mediaFile(QStringLiteral("clip.wmv")), root + QStringLiteral("clip.wmv"))
        && QFile::copy(mediaFile(QStringLiteral("audio.wma")), root + QStringLiteral("audio.wma"))
        && QFile::copy(mediaFile(QStringLiteral("multi.wmv")), root + QStringLiteral("multi.wmv"))
        && QFile::copy(QStringLiteral(SMALL_PACKETS_FILE), root + QStringLiteral("small.wmv"))
        && QFile::copy(mediaFile(QStringLiteral("clip.wmv")), root + QStringLiteral("sub/dir/clip.wmv"))
        && QFile::copy(mediaFile(QStringLiteral("clip.wmv")), outside + QStringLiteral("secret.wmv"))
        && QFile::link(outside + QStringLiteral("secret.wmv"), root + QStringLiteral("escape.wmv"))
        && QFile::link(outside, root + QStringLiteral("outlink"));
    QFile bad(root + QStringLiteral("bad.wmv"));
    ok = ok && bad.open(QIODevice::WriteOnly) && bad.write(QByteArray(5000, 'x')) == 5000;
    bad.close();
    QFile notes(root + QStringLiteral("notes.txt"));
    ok = ok && notes.open(QIODevice::WriteOnly) && notes.write("hello\n") == 6;
    return ok;
}

} // namespace TestMedia
