// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the window: QApplication, MainWindow, and with no URL the built-in demo (mms-serve
// in-process). Returns the application's exit code.
int runGui(int &argc, char **argv);
