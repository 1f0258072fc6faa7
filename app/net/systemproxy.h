// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CardDesk::Net {

/// Makes every QNetworkAccessManager without a proxy of its own use the operating system's proxy
/// settings (on Linux the http_proxy, https_proxy and no_proxy variables), except for loopback
/// hosts, which are always reached directly so the built-in simulator works behind any proxy. This
/// is ProxyMode::System. Call once at start, before any request.
void useSystemProxySettings();

} // namespace CardDesk::Net
