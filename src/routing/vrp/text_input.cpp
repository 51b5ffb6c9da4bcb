#include "routing/vrp/text_input.h"

#include "core/error.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

namespace bosai::routing::vrp {

TextInput::TextInput(const std::filesystem::path& file) : file_(file.string()) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file_, 0, "cannot open file");
  std::string line;
  while (std::getline(in, line)) {
    if (lines_.empty() && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    std::istringstream words(line);
    std::vector<std::string> tokens;
    for (std::string w; words >> w;) tokens.push_back(w);
    lines_.push_back(std::move(tokens));
  }
}

std::int64_t TextInput::integer(const std::string& token, long line, const std::string& field) const {
  std::int64_t value = 0;
  const char* end = token.data() + token.size();
  auto [ptr, ec] = std::from_chars(token.data(), end, value);
  if (ec == std::errc() && ptr == end) return value;
  // Some files write integral quantities as "10.0".
  const double d = number(token, line, field);
  if (d != std::floor(d)) fail(line, field, "expected a whole number, got '" + token + "'");
  if (std::fabs(d) >= 0x1p63) fail(line, field, "'" + token + "' is out of the 64-bit range");
  return static_cast<std::int64_t>(d);
}

double TextInput::number(const std::string& token, long line, const std::string& field) const {
  double value = 0;
  const char* end = token.data() + token.size();
  auto [ptr, ec] = std::from_chars(token.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
    fail(line, field, "expected a number, got '" + token + "'");
  }
  return value;
}

void TextInput::fail(long line, const std::string& field, const std::string& message) const {
  throw InputError(file_, line, field, message);
}

}  // namespace bosai::routing::vrp
