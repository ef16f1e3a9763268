// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class PlaybackController;
class PlaybackStatistics;
class QLabel;
class QTimer;

// View → Statistics: what Windows Media Player's Statistics tab shows, for the current stream,
// refreshed every second while the window is open. The figures come from the session, the
// PlaybackController's buffer and PlaybackStatistics (whose header explains "late", "lost" and
// "dropped").
class StatisticsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Field {
        Protocol,
        ServerVersion,
        Url,
        SelectedBitrate,
        ReceivedBitrate,
        PacketsReceived,
        PacketsLate,
        PacketsLost,
        PacketsSkipped,
        BufferLevel,
        FramesRendered,
        FramesDropped,
        Playback, // normal, or "striding at 5×"
    };
    Q_ENUM(Field)

    StatisticsDialog(PlaybackController *controller, PlaybackStatistics *statistics,
                     QWidget *parent = nullptr);

    QString text(Field field) const; // what the window shows for `field`

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setText(Field field, const QString &text);

    PlaybackController *m_controller;
    PlaybackStatistics *m_statistics;
    QTimer *m_timer;
    QMap<Field, QLabel *> m_values;
};
