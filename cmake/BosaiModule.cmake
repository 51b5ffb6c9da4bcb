# One static library per folder under src/ (bosai_<name>), so the folder tree is the architecture and
# a new source file needs no edit here. Modules name what they depend on; nothing else leaks in.
function(bosai_module name)
  cmake_parse_arguments(M "" "" "DEPENDS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/*/*.cpp")
  list(FILTER sources EXCLUDE REGEX "/main\\.cpp$")
  # Installed, the headers live under include/bosai (cmake/BosaiInstall.cmake): the same "module/x.h" paths.
  set(includes "$<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/src>" "$<INSTALL_INTERFACE:include/bosai>")
  if(NOT sources)  # a module not yet grown past its headers
    add_library(bosai_${name} INTERFACE)
    target_include_directories(bosai_${name} INTERFACE ${includes})
    target_link_libraries(bosai_${name} INTERFACE ${M_DEPENDS})
    return()
  endif()
  add_library(bosai_${name} STATIC ${sources})
  target_include_directories(bosai_${name} PUBLIC ${includes})
  target_link_libraries(bosai_${name} PUBLIC ${M_DEPENDS})
  if(BOSAI_SANITIZE)
    # Instrumented objects need the sanitizer runtimes: a program linking the installed libraries gets them too
    # (in this tree the global link options already add them).
    target_link_options(bosai_${name} INTERFACE "$<INSTALL_INTERFACE:-fsanitize=address;-fsanitize=undefined>")
  endif()
endfunction()

# One GoogleTest executable per module folder under tests/, run through ctest.
function(bosai_module_tests name)
  cmake_parse_arguments(M "" "" "DEPENDS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  if(NOT sources)
    return()
  endif()
  add_executable(test_${name} ${sources})
  target_link_libraries(test_${name} PRIVATE bosai_${name} bosai_test_support ${M_DEPENDS} GTest::gtest_main)
  gtest_discover_tests(test_${name} DISCOVERY_TIMEOUT 60
                       PROPERTIES ENVIRONMENT "BOSAI_CLI=$<TARGET_FILE:bosai>")
endfunction()
