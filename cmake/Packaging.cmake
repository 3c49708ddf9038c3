# Installing Attrition Desk as a desktop program, and its Debian package (CPack).
#
#   cmake --install build/release --prefix /usr/local      # or: cd build/release && cpack -G DEB
#
# Layout under the prefix:
#   bin/attrition-desk, bin/attrition-cli
#   lib/attrition-desk/attrition-cli-reports.so      attrition-cli's PDF commands: ../lib/attrition-desk from bin/
#   share/attrition-desk/samples/*.json             where MainWindow::samplesFolder() looks: ../share/... from bin/
#   share/applications/<id>.desktop
#   share/icons/hicolor/<N>x<N>/apps/<id>.png, share/icons/hicolor/scalable/apps/<id>.svg
#   share/metainfo/<id>.metainfo.xml                 AppStream
#
# bin/, lib/attrition-desk and share/ are fixed (not GNUInstallDirs variables): the programs find their samples
# and attrition-cli its report module relative to themselves.

set(ATTRITION_APP_ID "io.github.attritiondesk.AttritionDesk"
    CACHE STRING "Reverse-DNS id: the .desktop file, the icon and the AppStream component are named after it")
set(ATTRITION_HOMEPAGE "https://github.com/attritiondesk/attrition-desk"
    CACHE STRING "The project's home page, for AppStream and the Debian package")
set(ATTRITION_SCREENSHOTS_URL "${ATTRITION_HOMEPAGE}/raw/main/docs/screenshots"
    CACHE STRING "Where docs/screenshots is published, for the AppStream screenshots")
set(ATTRITION_MAINTAINER "Attrition Desk developers <maintainers@attrition-desk.example>"
    CACHE STRING "The Debian package's maintainer")
# The date of the release PROJECT_VERSION names (AppStream <release>); change it with the version.
set(ATTRITION_RELEASE_DATE "2026-12-02")

set(_desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")
set(_icons_dir "${PROJECT_SOURCE_DIR}/resources/icons")

# The bundled sample contracts: the first start stores them in the new database.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/samples/"
        DESTINATION share/attrition-desk/samples
        FILES_MATCHING PATTERN "*.json" PATTERN "README.md")

install(FILES "${_desktop_dir}/${ATTRITION_APP_ID}.desktop" DESTINATION share/applications)

foreach(size 16 24 32 48 64 128 256)
    install(FILES "${_icons_dir}/attrition-desk-${size}.png"
            DESTINATION share/icons/hicolor/${size}x${size}/apps
            RENAME "${ATTRITION_APP_ID}.png")
endforeach()
install(FILES "${_icons_dir}/attrition-desk.svg"
        DESTINATION share/icons/hicolor/scalable/apps
        RENAME "${ATTRITION_APP_ID}.svg")

set(ATTRITION_METAINFO "${PROJECT_BINARY_DIR}/${ATTRITION_APP_ID}.metainfo.xml")
configure_file("${_desktop_dir}/${ATTRITION_APP_ID}.metainfo.xml.in" "${ATTRITION_METAINFO}" @ONLY)
install(FILES "${ATTRITION_METAINFO}" DESTINATION share/metainfo)

# --- The Debian package: cpack -G DEB in the build folder makes attrition-desk_<version>_<arch>.deb.
set(CPACK_PACKAGE_NAME "attrition-desk")
set(CPACK_PACKAGE_VENDOR "Attrition Desk developers")
set(CPACK_PACKAGE_CONTACT "${ATTRITION_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "attrition and cancellation damages for hotel group contracts")
set(CPACK_PACKAGE_HOMEPAGE_URL "${ATTRITION_HOMEPAGE}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "attrition-desk")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ATTRITION_MAINTAINER}")
# The extended description: one line per paragraph line, each indented by one space (Debian policy 5.6.13).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
 Attrition Desk works out what a group owes a hotel under its contract when it
 picks up fewer rooms than it blocked, spends less than its food & beverage
 minimum, or cancels, itemized to the cent with the formula of each line.
 .
 The package holds the desktop application (attrition-desk: contract list,
 clause editor with live damages, charts, what-if scenarios, printed
 assessments) and the command line (attrition-cli), both over an SQLite
 contract database or a PostgreSQL server, and the sample contracts.")
# The libraries the programs link (Qt 6 Core, Gui, Widgets, Sql, Charts, PrintSupport, SQLite) are found by
# dpkg-shlibdeps; Qt's plugins are loaded at run time, so they are named here: the SQLite and PostgreSQL
# drivers and the platform plugins (xcb, wayland, offscreen).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")

include(CPack)
