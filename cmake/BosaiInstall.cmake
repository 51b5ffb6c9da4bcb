# `cmake --install`: the `bosai` command, the module libraries (static) with their headers under
# include/bosai/<module>/ (so a consumer writes #include "services/…", as the sources do), and a CMake package
# (lib/cmake/bosai) exporting them as bosai::<module> plus bosai::bosai, one target linking them all.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(BOSAI_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/bosai")

function(bosai_install_libraries)
  set(targets)
  foreach(module ${ARGN})
    set_target_properties(bosai_${module} PROPERTIES EXPORT_NAME ${module})
    list(APPEND targets bosai_${module})
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/src/${module}/" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/bosai/${module}"
            FILES_MATCHING PATTERN "*.h")
  endforeach()
  # `bosai` is the executable's name in this tree; the umbrella is exported as bosai::bosai all the same.
  add_library(bosai_all INTERFACE)
  set_target_properties(bosai_all PROPERTIES EXPORT_NAME bosai)
  target_link_libraries(bosai_all INTERFACE ${targets})
  install(TARGETS ${targets} bosai_all EXPORT bosaiTargets ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
  install(EXPORT bosaiTargets NAMESPACE bosai:: DESTINATION "${BOSAI_INSTALL_CMAKEDIR}")
endfunction()

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/bosaiConfig.cmake.in"
                              "${PROJECT_BINARY_DIR}/bosaiConfig.cmake" INSTALL_DESTINATION "${BOSAI_INSTALL_CMAKEDIR}")
# 0.x: a minor release may change the API, so only the same minor version is compatible.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/bosaiConfigVersion.cmake" COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/bosaiConfig.cmake" "${PROJECT_BINARY_DIR}/bosaiConfigVersion.cmake"
              "${PROJECT_SOURCE_DIR}/cmake/BosaiDependencies.cmake" DESTINATION "${BOSAI_INSTALL_CMAKEDIR}")
