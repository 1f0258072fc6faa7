# SPDX-FileCopyrightText: 2026 CardDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
