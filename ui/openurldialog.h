// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;

// Asks for an mms:// or mmst:// URL, or the address of a playlist (.asx/.wax/.wvx over http://,
// or a local file), offering the recent ones, and says what is wrong with an invalid one before
// the user can press Open.
class OpenUrlDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenUrlDialog(const QStringList &recentUrls, QWidget *parent = nullptr);

    QUrl url() const;
    void setText(const QString &text);
    QString problem() const; // what the user reads under the field; empty when the URL is fine
    bool isAcceptable() const;

    // Why `text` cannot be opened, in words; empty when it is a valid mms:// or mmst:// URL, an
    // http(s):// URL (a playlist, or media the playlist loader recognises) or a file:// URL.
    static QString validate(const QString &text);
    // True for a valid mms:// or mmst:// URL: what the session itself can play.
    static bool isPlayableStream(const QUrl &url);

private:
    void textChanged(const QString &text);

    QComboBox *m_combo = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
