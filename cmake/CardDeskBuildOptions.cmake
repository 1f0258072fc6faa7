# SPDX-FileCopyrightText: 2026 CardDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# One INTERFACE target that carries the warnings and the strict Qt defines. Every CardDesk target
# links it, so no folder sets compiler flags of its own.
add_library(carddesk_build_options INTERFACE)
add_library(CardDesk::BuildOptions ALIAS carddesk_build_options)

target_compile_definitions(carddesk_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CARDDESK_VERSION_STRING="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(carddesk_build_options INTERFACE
        /W4 /permissive- /utf-8 /Zc:__cplusplus /Zc:preprocessor)
    if(CARDDESK_WERROR)
        target_compile_options(carddesk_build_options INTERFACE /WX)
    endif()
else()
    target_compile_options(carddesk_build_options INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough
        -Wcast-qual -Wformat=2 -Wundef)
    if(CARDDESK_WERROR)
        target_compile_options(carddesk_build_options INTERFACE -Werror)
    endif()
endif()
