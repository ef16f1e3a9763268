// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playlistplayer.h"

#include "core/playlist/playlistloader.h"
#include "ui/openurldialog.h"

#include <QTimer>

PlaylistPlayer::PlaylistPlayer(PlaybackController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_loader(new PlaylistLoader(this))
{
    connect(m_loader, &PlaylistLoader::finished, this, &PlaylistPlayer::setPlaylist);
    connect(m_loader, &PlaylistLoader::failed, this, &PlaylistPlayer::loadFailed);
    connect(m_controller, &PlaybackController::stateChanged, this, &PlaylistPlayer::handleState);
}

PlaylistPlayer::~PlaylistPlayer() = default;

bool PlaylistPlayer::isLoading() const
{
    return m_loader->isLoading();
}

QUrl PlaylistPlayer::currentUrl() const
{
    if (m_index < 0 || m_index >= m_playlist.entries.size())
        return QUrl();
    return m_playlist.entries.at(m_index).refs.value(m_refIndex);
}

void PlaylistPlayer::open(const QUrl &url)
{
    m_loader->abort();
    if (PlaylistLoader::isMediaUrl(url)) {
        Playlist single;
        single.format = PlaylistFormat::UrlList;
        single.sourceUrl = url;
        PlaylistEntry entry;
        entry.refs.append(url);
        single.entries.append(entry);
        setPlaylist(single);
        return;
    }
    m_loader->load(url);
}

void PlaylistPlayer::setPlaylist(const Playlist &playlist)
{
    m_playlist = playlist;
    m_index = -1;
    emit playlistChanged(m_playlist);
    playEntry(0);
}

void PlaylistPlayer::playEntry(int index)
{
    if (index < 0 || index >= m_playlist.entries.size())
        return;
    m_index = index;
    emit currentIndexChanged(index);
    emit navigationChanged();
    tryRef(0);
}

void PlaylistPlayer::next()
{
    if (hasNext())
        playEntry(m_index + 1);
}

void PlaylistPlayer::previous()
{
    if (hasPrevious())
        playEntry(m_index - 1);
}

void PlaylistPlayer::tryRef(int refIndex)
{
    const QList<QUrl> &refs = m_playlist.entries.at(m_index).refs;
    // mms://, mmst:// and mmsh:// are played; an http:// REF is MMS over HTTP too (as Windows
    // Media Player plays it: "[Reference]" files list http://...?MSWMExt=.asf first), and the
    // session follows a playlist the server answers with. rtsp:// REFs are alternatives that
    // another player would use.
    const auto playable = [](const QUrl &url) {
        return OpenUrlDialog::isPlayableStream(url)
            || (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
                && !url.host().isEmpty());
    };
    while (refIndex < refs.size() && !playable(refs.at(refIndex)))
        ++refIndex;
    if (refIndex >= refs.size()) {
        if (hasNext())
            playEntry(m_index + 1);
        return;
    }
    m_refIndex = refIndex;
    m_connected = false;
    m_switching = true;
    m_controller->open(refs.at(refIndex));
    m_switching = false;
}

void PlaylistPlayer::handleState(PlaybackController::State state)
{
    if (m_index < 0 || m_switching)
        return;
    switch (state) {
    case PlaybackController::State::Opening:
        break;
    case PlaybackController::State::Buffering:
    case PlaybackController::State::Playing:
    case PlaybackController::State::Paused:
    case PlaybackController::State::Stopped:
        m_connected = true;
        break;
    case PlaybackController::State::Ended:
        // The entry played to its end: on to the next one (the last one just stays Ended).
        // Queued: the controller is still inside its own signal.
        QTimer::singleShot(0, this, &PlaylistPlayer::next);
        break;
    case PlaybackController::State::Failed:
        if (!m_connected) {
            const int index = m_index;
            QTimer::singleShot(0, this, [this, index] {
                if (m_index == index && m_controller->state() == PlaybackController::State::Failed)
                    tryRef(m_refIndex + 1);
            });
        }
        break;
    case PlaybackController::State::Idle:
        break;
    }
}
