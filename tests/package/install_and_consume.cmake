# Run by ctest (tests/package/CMakeLists.txt): installs the finished build into a fresh prefix, builds
# consumer/ against it with find_package(bosai) and runs it. Fails on any step, or on output other than expected.
foreach(var BUILD_DIR WORK_DIR CONSUMER_DIR CXX BUILD_TYPE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "${var} not set")
  endif()
endforeach()

function(step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(step_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/run")
step("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${WORK_DIR}/prefix")
foreach(installed bin/bosai include/bosai/services/ward_lookup.h include/bosai/text/csv_reader.h)
  if(NOT EXISTS "${WORK_DIR}/prefix/${installed}")
    message(FATAL_ERROR "not installed: ${installed}")
  endif()
endforeach()
# Found the documented way (CMAKE_PREFIX_PATH); package registries off, and the cache checked afterwards: a
# bosai found anywhere else would prove nothing.
step("${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}/build" "-DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix"
     "-DCMAKE_CXX_COMPILER=${CXX}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}" "-DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER}"
     -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)
file(STRINGS "${WORK_DIR}/build/CMakeCache.txt" found REGEX "^bosai_DIR:")
if(NOT found STREQUAL "bosai_DIR:PATH=${WORK_DIR}/prefix/lib/cmake/bosai")
  message(FATAL_ERROR "the consumer found another bosai: ${found}")
endif()
step("${CMAKE_COMMAND}" --build "${WORK_DIR}/build")
step("${WORK_DIR}/build/consumer" "${WORK_DIR}/run")
set(expected "districts: 2\n池尻 is ikejiri\n")
if(NOT step_output STREQUAL expected)
  message(FATAL_ERROR "consumer printed:\n${step_output}\nexpected:\n${expected}")
endif()
message(STATUS "installed bosai found, linked and run from ${WORK_DIR}")
