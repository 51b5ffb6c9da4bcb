#pragma once
#include <string>

namespace bosai::report {

// Escapes text for HTML element content and attribute values.
std::string html_escape(const std::string& text);

}  // namespace bosai::report
