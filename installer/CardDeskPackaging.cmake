# SPDX-FileCopyrightText: 2026 CardDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# CPack settings for the three desktop platforms. The executables install themselves in their own
# folders; Qt's deploy API adds the Qt libraries on Windows and macOS.
set(CPACK_PACKAGE_NAME "CardDesk")
set(CPACK_PACKAGE_VENDOR "CardDesk contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CardDesk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_EXECUTABLES "carddesk" "CardDesk")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # A fixed upgrade code lets a newer MSI replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "6D1E6B35-3C2B-4C8E-9A57-4E1B0C7A2F18")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "CardDesk")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "CardDesk contributors")
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
endif()

include(CPack)
