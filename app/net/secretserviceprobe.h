// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace CardDesk::Net {

/// Checks asynchronously whether a Secret Service (org.freedesktop.secrets) is running or can be
/// started on the D-Bus session bus. QtKeychain reports a missing bus or service as a generic error
/// with a GLib message, so the keychain store runs this probe before it reports "no keychain".
/// Reports true on platforms without D-Bus, where the question does not arise. The callback runs
/// from the event loop, and not at all when context is destroyed first.
void probeSecretService(QObject *context, std::function<void(bool reachable)> done);

} // namespace CardDesk::Net
