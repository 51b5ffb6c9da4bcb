# What bosai's libraries link publicly. Found here for our own build, and found again by bosaiConfig.cmake (this
# file is installed beside it) for a program that find_package(bosai)s them: static libraries carry none of
# their dependencies, so the consumer must locate the same ones. One list, so the two cannot drift.
# Inside find_package(bosai) a missing dependency makes bosai "not found", saying which (the consumer's REQUIRED
# decides what follows); in our own build it stops the configure.
include(CMakeFindDependencyMacro)
macro(bosai_find_dependency)
  if(BOSAI_FINDING_FOR_CONSUMER)
    find_dependency(${ARGV})
  else()
    find_package(${ARGV} REQUIRED)
  endif()
endmacro()
macro(bosai_require found what)
  if(NOT ${found})
    if(BOSAI_FINDING_FOR_CONSUMER)
      set(bosai_NOT_FOUND_MESSAGE "bosai needs ${what}, which was not found")
      set(bosai_FOUND FALSE)
      return()
    endif()
    message(FATAL_ERROR "${what} not found")
  endif()
endmacro()

bosai_find_dependency(SQLite3)
bosai_find_dependency(Boost 1.74)
bosai_find_dependency(GDAL)
bosai_find_dependency(nlohmann_json)
bosai_find_dependency(tomlplusplus)
bosai_find_dependency(Threads)
bosai_find_dependency(PkgConfig)
# Rendering (maps, pages, PDF: bosai::render) only; the other libraries never link Qt.
bosai_find_dependency(Qt6 6.4 COMPONENTS Gui Svg)

# libsodium and LEMON ship no CMake package: their imported targets are made here, under the names the
# exported targets refer to.
if(NOT TARGET PkgConfig::SODIUM)
  pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium)
  bosai_require(SODIUM_FOUND "libsodium (pkg-config libsodium; Debian: libsodium-dev)")
endif()
if(NOT TARGET lemon::lemon)
  find_path(LEMON_INCLUDE_DIR lemon/network_simplex.h)
  find_library(LEMON_LIBRARY NAMES emon lemon)
  bosai_require(LEMON_LIBRARY "LEMON (Debian: liblemon-dev)")
  bosai_require(LEMON_INCLUDE_DIR "LEMON's headers (Debian: liblemon-dev)")
  add_library(lemon::lemon UNKNOWN IMPORTED)
  set_target_properties(lemon::lemon PROPERTIES IMPORTED_LOCATION "${LEMON_LIBRARY}"
                        INTERFACE_INCLUDE_DIRECTORIES "${LEMON_INCLUDE_DIR}")
endif()
