// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statisticsdialog.h"

#include "core/buffer/asfstreambuffer.h"
#include "core/session/mmssession.h"
#include "ui/playbackcontroller.h"
#include "ui/playbackstatistics.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaEnum>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString kbits(quint32 bitsPerSecond)
{
    return StatisticsDialog::tr("%1 kbit/s").arg(QLocale().toString(bitsPerSecond / 1000.0, 'f', 1));
}
} // namespace

StatisticsDialog::StatisticsDialog(PlaybackController *controller,
                                   PlaybackStatistics *statistics, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_statistics(statistics)
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Statistics"));
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    setLayout(layout);

    const auto add = [this, form](Field field, const QString &label) {
        auto *value = new QLabel(this);
        value->setObjectName(QLatin1String(QMetaEnum::fromType<Field>().valueToKey(int(field))));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        m_values.insert(field, value);
    };
    add(Field::Protocol, tr("Protocol:"));
    add(Field::ServerVersion, tr("Server version:"));
    add(Field::Url, tr("Address:"));
    add(Field::SelectedBitrate, tr("Bit rate of the selected streams:"));
    add(Field::ReceivedBitrate, tr("Received bit rate:"));
    add(Field::PacketsReceived, tr("Packets received:"));
    add(Field::PacketsLate, tr("Packets late:"));
    add(Field::PacketsLost, tr("Packets lost:"));
    add(Field::PacketsSkipped, tr("Packets skipped by stream selection:"));
    add(Field::BufferLevel, tr("Buffer:"));
    add(Field::FramesRendered, tr("Frames rendered:"));
    add(Field::FramesDropped, tr("Frames dropped (estimated):"));
    add(Field::Playback, tr("Playback:"));

    auto *about = new QLabel(
            tr("A packet is late when it arrives after the buffering time could cover it. Lost "
               "packets are gaps in the packet numbers while every stream is selected. Dropped "
               "frames are gaps in the presentation times of the frames shown."),
            this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &StatisticsDialog::refresh);
    refresh();
}

QString StatisticsDialog::text(Field field) const
{
    return m_values.value(field)->text();
}

void StatisticsDialog::setText(Field field, const QString &text)
{
    m_values.value(field)->setText(text);
}

void StatisticsDialog::refresh()
{
    const MmsSession *session = m_controller->session();
    const QLocale locale;
    const bool open = session->state() != MmsSession::State::Idle;
    // No UDP data (MS-MMSP 2.1): MMS over TCP, or MMS over HTTP for mmsh:// and after rollover.
    QString protocol;
    if (open)
        protocol = session->transport() == MmsSession::Transport::Http ? tr("MMS over HTTP")
                                                                       : tr("MMS over TCP");
    setText(Field::Protocol, protocol);
    setText(Field::ServerVersion, session->serverVersion());
    setText(Field::Url, session->url().toString());
    setText(Field::SelectedBitrate, open ? kbits(m_statistics->selectedBitrate()) : QString());
    setText(Field::ReceivedBitrate, open ? kbits(m_statistics->receivedBitrate()) : QString());
    setText(Field::PacketsReceived, locale.toString(m_statistics->packetsReceived()));
    setText(Field::PacketsLate, locale.toString(m_statistics->packetsLate()));
    setText(Field::PacketsLost, locale.toString(m_statistics->packetsLost()));
    setText(Field::PacketsSkipped, locale.toString(m_statistics->packetsSkipped()));
    const AsfStreamBuffer *buffer = m_controller->buffer();
    setText(Field::BufferLevel,
            buffer ? tr("%1 KiB (%2 s)")
                             .arg(locale.toString(buffer->level() / 1024))
                             .arg(locale.toString(buffer->levelSeconds(), 'f', 1))
                   : tr("Empty"));
    setText(Field::FramesRendered, locale.toString(m_statistics->framesRendered()));
    setText(Field::FramesDropped, locale.toString(m_statistics->framesDropped()));
    setText(Field::Playback, open ? m_statistics->playbackText() : QString());
}

void StatisticsDialog::showEvent(QShowEvent *event)
{
    refresh();
    m_timer->start();
    QDialog::showEvent(event);
}

void StatisticsDialog::hideEvent(QHideEvent *event)
{
    m_timer->stop(); // nobody is looking
    QDialog::hideEvent(event);
}
