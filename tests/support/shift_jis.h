#pragma once
#include <string>

namespace bosai::test {

// UTF-8 text as Excel saves it on a Japanese Windows machine (CP932), for import fixtures.
std::string to_cp932(const std::string& utf8);

}  // namespace bosai::test
