// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;

namespace CardDesk::Ui {

/// Keeps a word-wrapped label's minimum height at the height its text needs for its current width.
/// Layouts inside a QTabWidget or QStackedWidget ignore height-for-width, so without this a label of
/// several lines is cut off there.
void keepWrappedHeight(QLabel *label);

} // namespace CardDesk::Ui
