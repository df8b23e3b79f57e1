# Installation into the freedesktop locations, and the Debian package (cpack -G DEB).
include(GNUInstallDirs)

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
install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME zhibiao)
set(CPACK_PACKAGE_VENDOR "Zhibiao developers")
set(CPACK_PACKAGE_CONTACT "Zhibiao developers <zhibiao@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Annual target tracking and year-end reports for municipal bureaus")
set(CPACK_PACKAGE_INSTALL_DIRECTORY zhibiao)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time as plugins or data, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-arphic-ukai, poppler-utils")
include(CPack)
