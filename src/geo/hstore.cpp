#include "geo/hstore.h"

namespace bosai::geo {
namespace {

// Reads one double-quoted token starting at text[i] == '"'; leaves i after the closing quote.
bool read_quoted(std::string_view text, std::size_t& i, std::string& out) {
  if (i >= text.size() || text[i] != '"') return false;
  out.clear();
  for (++i; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      out += text[++i];
    } else if (text[i] == '"') {
      ++i;
      return true;
    } else {
      out += text[i];
    }
  }
  return false;  // unterminated: drop the pair rather than invent a value
}

void skip(std::string_view text, std::size_t& i, std::string_view chars) {
  while (i < text.size() && chars.find(text[i]) != std::string_view::npos) ++i;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> parse_hstore(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::size_t i = 0;
  std::string key, value;
  while (true) {
    skip(text, i, " ,");
    if (!read_quoted(text, i, key)) break;
    skip(text, i, " ");
    if (text.substr(i, 2) != "=>") break;
    i += 2;
    skip(text, i, " ");
    if (text.substr(i, 4) == "NULL") {
      i += 4;
      continue;
    }
    if (!read_quoted(text, i, value)) break;
    pairs.emplace_back(key, value);
  }
  return pairs;
}

}  // namespace bosai::geo
