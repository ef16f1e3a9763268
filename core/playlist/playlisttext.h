// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// The translation context of the playlist readers' errors and warnings (ASX, [Reference] lists,
// fetching, nesting): the window shows them when a playlist cannot be loaded.
class PlaylistText {
    Q_DECLARE_TR_FUNCTIONS(PlaylistText)
};
