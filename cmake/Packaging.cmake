# Installation into the freedesktop locations, and the Debian package (cpack -G DEB).
include(GNUInstallDirs)

# Qt adds an $ORIGIN run path; the installed programs find everything in system dirs.
set_target_properties(zhibiao zhibiao-cli PROPERTIES INSTALL_RPATH "")
install(TARGETS zhibiao zhibiao-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(ZHIBIAO_APP_ID org.zhibiao.Zhibiao)
install(FILES resources/linux/${ZHIBIAO_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/linux/${ZHIBIAO_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/linux/${ZHIBIAO_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${ZHIBIAO_APP_ID}.xml)
install(FILES resources/icons/zhibiao.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${ZHIBIAO_APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES resources/icons/zhibiao-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${ZHIBIAO_APP_ID}.png)
endforeach()
# The package's name, not the project's (CMAKE_INSTALL_DOCDIR would say "Zhibiao").
set(ZHIBIAO_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/zhibiao)
install(FILES README.md DESTINATION ${ZHIBIAO_DOCDIR})
# Debian policy looks for the licence under this name.
install(FILES LICENSE DESTINATION ${ZHIBIAO_DOCDIR} RENAME copyright)

set(CPACK_PACKAGE_NAME zhibiao)
set(CPACK_PACKAGE_VENDOR "Zhibiao developers")
set(CPACK_PACKAGE_CONTACT "Zhibiao developers <zhibiao@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Annual target tracking and year-end reports for municipal bureaus")
set(CPACK_PACKAGE_DESCRIPTION
    "Zhibiao keeps a municipal bureau's annual targets and quarterly figures in one file.
Staff enter each quarter's figures for the city and its counties, leaders see completion
against the year's elapsed share with early warnings, and the year-end summary report is
written from the same data and exported as PDF or ODT. Interface in Simplified Chinese
and English; the zhibiao-cli command does the same work from scripts.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY zhibiao)
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Qt and other libraries come from dpkg-shlibdeps; these are loaded at run time as
# plugins or data (SQLite driver, xcb platform plugin, the Chinese fonts the interface
# and the report ask for by name, Qt's own Chinese strings), so it cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk, qt6-translations-l10n")
# The report's 楷体 subheadings fall back to AR PL UKai; hicolor-icon-theme gives the
# icon directory its index.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-arphic-ukai, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
include(CPack)
