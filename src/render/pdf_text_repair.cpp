#include "render/pdf_text_repair.h"

#include <cstdio>
#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace bosai::render {
namespace {

[[noreturn]] void unexpected(const std::string& what) {
  throw std::runtime_error("PDF text repair: " + what + " (has Qt's PDF writer changed?)");
}

unsigned hex_value(const std::string& hex) { return static_cast<unsigned>(std::stoul(hex, nullptr, 16)); }

// A CMap destination is UTF-16BE hex; only single BMP code units are ever radicals, so longer ones pass.
std::string fixed_destination(const std::string& hex, const std::map<char32_t, char32_t>& replacements,
                              std::size_t& changed) {
  if (hex.size() != 4) return hex;
  const auto it = replacements.find(static_cast<char32_t>(hex_value(hex)));
  if (it == replacements.end() || it->second > 0xFFFF) return hex;
  char out[5];
  std::snprintf(out, sizeof out, "%04X", static_cast<unsigned>(it->second));
  ++changed;
  return out;
}

// The <…> hex strings of one CMap line, without the brackets.
std::vector<std::string> hex_tokens(const std::string& line) {
  std::vector<std::string> out;
  for (auto open = line.find('<'); open != std::string::npos; open = line.find('<', open + 1)) {
    const auto close = line.find('>', open);
    if (close == std::string::npos) unexpected("an unclosed hex string in a CMap");
    const std::string hex = line.substr(open + 1, close - open - 1);
    if (hex.empty() || hex.find_first_not_of("0123456789ABCDEFabcdef") != std::string::npos) {
      unexpected("a CMap hex string that is not hex");
    }
    out.push_back(hex);
    open = close;
  }
  return out;
}

// Re-emits the CMap's mappings as bfchar lines (a range whose destinations change stops being a range).
std::string repaired_cmap(const std::string& cmap, const std::map<char32_t, char32_t>& replacements,
                          std::size_t& changed) {
  const auto begin_char = cmap.find("beginbf");
  const auto end_map = cmap.find("endcmap");
  if (begin_char == std::string::npos || end_map == std::string::npos) return cmap;
  // Back to the start of the line holding the first "N beginbf…".
  const auto body_start = cmap.rfind('\n', begin_char) + 1;
  const std::string body = cmap.substr(body_start, end_map - body_start);

  std::vector<std::pair<std::string, std::string>> pairs;  // source code → destination, both hex
  std::string kind;  // bfchar or bfrange while inside a section
  std::istringstream lines(body);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("beginbfchar") != std::string::npos || line.find("beginbfrange") != std::string::npos) {
      kind = line.find("bfchar") != std::string::npos ? "bfchar" : "bfrange";
      continue;
    }
    if (line.find("endbf") != std::string::npos) {
      kind.clear();
      continue;
    }
    const std::vector<std::string> codes = hex_tokens(line);
    if (codes.empty()) continue;
    if (kind == "bfchar") {
      if (codes.size() != 2) unexpected("a bfchar line without source and destination");
      pairs.emplace_back(codes[0], codes[1]);
      continue;
    }
    if (kind != "bfrange") unexpected("a mapping outside a bfchar or bfrange section");
    if (codes.size() < 3) unexpected("a bfrange line without source range and destination");
    const unsigned first = hex_value(codes[0]), last = hex_value(codes[1]);
    const bool array = line.find('[') != std::string::npos;
    if (last < first || (array && codes.size() != 2 + (last - first + 1))) unexpected("a bfrange of the wrong length");
    for (unsigned code = first; code <= last; ++code) {
      char source[16], destination[16];
      std::snprintf(source, sizeof source, "%0*X", static_cast<int>(codes[0].size()), code);
      if (array) {
        pairs.emplace_back(source, codes[2 + (code - first)]);
      } else {
        if (codes[2].size() != 4) unexpected("a bfrange starting at a multi-unit destination");
        std::snprintf(destination, sizeof destination, "%04X", hex_value(codes[2]) + (code - first));
        pairs.emplace_back(source, destination);
      }
    }
  }
  std::string out;
  for (std::size_t i = 0; i < pairs.size(); i += 100) {  // a CMap section holds at most 100 entries
    const std::size_t n = std::min<std::size_t>(100, pairs.size() - i);
    out += std::to_string(n) + " beginbfchar\n";
    for (std::size_t k = i; k < i + n; ++k) {
      out += "<" + pairs[k].first + "> <" + fixed_destination(pairs[k].second, replacements, changed) + ">\n";
    }
    out += "endbfchar\n";
  }
  return cmap.substr(0, body_start) + out + cmap.substr(end_map);
}

struct StreamAt {
  std::size_t length_digits_begin, length_digits_end;  // the direct /Length value
  std::size_t data_begin, data_end;
};

StreamAt find_stream(const std::string& pdf, long object) {
  const std::string head = "\n" + std::to_string(object) + " 0 obj";
  const auto at = pdf.find(head);
  if (at == std::string::npos) unexpected("ToUnicode object " + std::to_string(object) + " not found");
  const auto dict_end = pdf.find("stream", at);
  const auto length = pdf.find("/Length", at);
  if (dict_end == std::string::npos || length == std::string::npos || length > dict_end) unexpected("a stream without /Length");
  StreamAt s{};
  s.length_digits_begin = pdf.find_first_of("0123456789", length);
  s.length_digits_end = pdf.find_first_not_of("0123456789", s.length_digits_begin);
  if (pdf.compare(s.length_digits_end, 4, " 0 R") == 0) unexpected("an indirect stream length");
  s.data_begin = dict_end + 6;
  if (pdf.compare(s.data_begin, 2, "\r\n") == 0) {
    s.data_begin += 2;
  } else if (pdf[s.data_begin] == '\n') {
    s.data_begin += 1;
  }
  s.data_end = s.data_begin + std::stoul(pdf.substr(s.length_digits_begin, s.length_digits_end - s.length_digits_begin));
  if (s.data_end > pdf.size()) unexpected("a stream longer than the file");
  return s;
}

// Offsets of every "N 0 obj" written in the xref table, recomputed after the text moved.
void rebuild_xref(std::string& pdf) {
  const auto xref = pdf.rfind("\nxref\n");
  if (xref == std::string::npos) unexpected("no classic cross-reference table");
  std::istringstream table(pdf.substr(xref + 6));
  long first = 0, count = 0;
  if (!(table >> first >> count) || first != 0 || count <= 0) unexpected("an xref table in several sections");
  std::string rebuilt = "xref\n0 " + std::to_string(count) + "\n0000000000 65535 f \n";
  for (long object = 1; object < count; ++object) {
    const auto at = pdf.find("\n" + std::to_string(object) + " 0 obj");
    if (at == std::string::npos || at > xref) unexpected("object " + std::to_string(object) + " missing");
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", at + 1);
    rebuilt += entry;
  }
  const auto trailer = pdf.find("trailer", xref);
  if (trailer == std::string::npos) unexpected("no trailer");
  const auto startxref = pdf.find("startxref", trailer);
  if (startxref == std::string::npos) unexpected("no startxref");
  std::string tail = pdf.substr(trailer, startxref - trailer);
  pdf = pdf.substr(0, xref + 1) + rebuilt + tail + "startxref\n" + std::to_string(xref + 1) + "\n%%EOF\n";
}

}  // namespace

std::size_t repair_to_unicode(std::string& pdf, const std::map<char32_t, char32_t>& replacements) {
  if (pdf.compare(0, 5, "%PDF-") != 0) unexpected("not a PDF");
  std::vector<long> objects;  // found by plain search: a regex over the embedded font bytes is slow
  for (auto at = pdf.find("/ToUnicode"); at != std::string::npos; at = pdf.find("/ToUnicode", at + 1)) {
    const auto number = pdf.find_first_of("0123456789", at);
    if (number == std::string::npos || number > at + 12) unexpected("a /ToUnicode that is not a reference");
    objects.push_back(std::stol(pdf.substr(number, 12)));
  }
  std::size_t changed = 0;
  for (const long object : objects) {
    const StreamAt s = find_stream(pdf, object);
    const std::string cmap = pdf.substr(s.data_begin, s.data_end - s.data_begin);
    const std::size_t before = changed;
    const std::string repaired = repaired_cmap(cmap, replacements, changed);
    if (changed == before) continue;
    pdf = pdf.substr(0, s.length_digits_begin) + std::to_string(repaired.size()) +
          pdf.substr(s.length_digits_end, s.data_begin - s.length_digits_end) + repaired + pdf.substr(s.data_end);
  }
  if (changed > 0) rebuild_xref(pdf);
  return changed;
}

}  // namespace bosai::render
