#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

// What an OpenFile name refers to, or why it is refused.
struct MediaLookup
{
    enum class Kind { File, Live, Refused };
    Kind kind = Kind::Refused;
    quint32 hr = 0; // mms::Hresult of a refusal; Ok otherwise
    QString path; // canonical path of the file (Kind::File)
    QString liveName; // key of the live source (Kind::Live)
    QString reason; // for the log: why it was refused
};

// Maps OpenFile names to files under the server's root folder. Everything that could leave the
// root is refused before the file system is touched: "..", backslashes, absolute paths, drive
// letters, NUL characters, and (after canonicalisation) symlinks that point outside.
class MediaLibrary
{
public:
    MediaLibrary(const QString &rootDir, const QStringList &liveNames);

    // The canonical root; empty when the folder does not exist.
    const QString &rootPath() const { return m_root; }
    MediaLookup resolve(const QString &requested) const;

    // The request as a relative path: ?query cut off, percent-decoded once, one leading '/'
    // removed (clients differ, MS-MMSP notes §10.1). Exposed for the tests.
    static QString normalizeRequest(const QString &requested);
    static bool hasServedExtension(const QString &path);

private:
    QString m_root;
    QStringList m_liveNames;
};
