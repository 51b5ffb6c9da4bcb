#include "text/csv_table.h"

#include "core/import_rejected.h"

#include <charconv>
#include <cmath>
#include <set>

namespace bosai::text {
namespace {

// Full-width forms an IME types in a number cell, as the ASCII they stand for: ０–９ (U+FF10–FF19), ，．－％.
std::string ascii_number_forms(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (i + 2 < s.size() && b(0) == 0xEF && b(1) == 0xBC) {
      const unsigned char c = b(2);
      if (c >= 0x90 && c <= 0x99) {
        out += static_cast<char>('0' + (c - 0x90));
        i += 2;
        continue;
      }
      const char* ascii = c == 0x8C ? "," : c == 0x8E ? "." : c == 0x8D ? "-" : c == 0x85 ? "%" : nullptr;
      if (ascii) {
        out += ascii;
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string trim_cell(std::string s) {
  static const std::string kWide = "\u3000";
  for (bool again = true; again;) {
    again = false;
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.erase(0, 1), again = true;
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back(), again = true;
    if (s.starts_with(kWide)) s.erase(0, kWide.size()), again = true;
    if (s.ends_with(kWide)) s.erase(s.size() - kWide.size()), again = true;
  }
  return s;
}

std::optional<double> parse_cell_number(std::string text, bool percent) {
  text = ascii_number_forms(trim_cell(std::move(text)));
  if (percent && !text.empty() && text.back() == '%') text.pop_back();
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // A separator only between digits: "1,200" is 1200, ",12" or "12," is not a number.
    if (text[i] == ',' && i > 0 && i + 1 < text.size() && is_digit(text[i - 1]) && is_digit(text[i + 1])) continue;
    plain += text[i];
  }
  double v = 0;
  const auto* end = plain.data() + plain.size();
  const auto [ptr, ec] = std::from_chars(plain.data(), end, v);
  if (plain.empty() || ec != std::errc() || ptr != end || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string column_label(const std::vector<std::string>& header, std::size_t index) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), char('A' + (n - 1) % 26));
  return (index < header.size() ? header[index] : std::string()) + "（" + letters + "列）";
}

CsvTable::CsvTable(std::string_view bytes, std::string file, const std::vector<std::string>& required,
                   const std::vector<std::string>& optional, const std::map<std::string, std::string>& aliases,
                   TextEncoding encoding)
    : file_(std::move(file)) {
  auto all = parse_csv(bytes, file_, encoding);
  if (all.empty()) {
    errors_.emplace_back(file_, 1, "header", "the file is empty: the first line must name the columns");
    return;
  }
  last_line_ = all.back().line;
  const long header_line = all.front().line;
  for (auto& name : all.front().fields) header_.push_back(trim_cell(name));
  const std::set<std::string> known = [&] {
    std::set<std::string> k(required.begin(), required.end());
    k.insert(optional.begin(), optional.end());
    return k;
  }();
  for (std::size_t i = 0; i < header_.size(); ++i) {
    const auto alias = aliases.find(header_[i]);
    const std::string& name = alias == aliases.end() ? header_[i] : alias->second;
    if (!known.count(name)) {
      errors_.emplace_back(file_, header_line, column_label(header_, i), "unknown column '" + header_[i] + "'");
    } else if (!index_.emplace(name, i).second) {
      errors_.emplace_back(file_, header_line, column_label(header_, i), "the column appears twice");
    }
  }
  for (const auto& column : required) {
    if (!index_.count(column)) errors_.emplace_back(file_, header_line, column, "required column is missing");
  }
  for (std::size_t r = 1; r < all.size(); ++r) {
    if (all[r].fields.size() != header_.size()) {
      errors_.push_back(field_count_error(file_, all[r].line, all[r].fields.size(), header_.size()));
    } else {
      rows_.push_back(std::move(all[r]));
    }
  }
}

std::string CsvTable::cell(const CsvRow& row, const std::string& column) const {
  const auto it = index_.find(column);
  return it == index_.end() ? std::string() : trim_cell(row.fields[it->second]);
}

void CsvTable::fail(const CsvRow& row, const std::string& column, const std::string& message) {
  const auto it = index_.find(column);
  errors_.emplace_back(file_, row.line, it == index_.end() ? column : column_label(header_, it->second), message);
}

void CsvTable::fail_line(long line, const std::string& field, const std::string& message) {
  errors_.emplace_back(file_, line, field, message);
}

std::optional<long> CsvTable::count(const CsvRow& row, const std::string& column, bool required) {
  const auto text = cell(row, column);
  if (text.empty()) {
    if (required) fail(row, column, "required: a whole number of 0 or more");
    return std::nullopt;
  }
  const auto v = parse_cell_number(text);
  if (!v || *v < 0 || *v != std::floor(*v) || *v > 1e12) {
    fail(row, column, "'" + text + "' is not a whole number of 0 or more");
    return std::nullopt;
  }
  return static_cast<long>(*v);
}

void CsvTable::finish() const {
  auto errors = errors_;
  if (errors.empty() && rows_.empty()) errors.emplace_back(file_, last_line_, "rows", "no data rows below the header");
  if (!errors.empty()) throw ImportRejected(file_, std::move(errors));
}

}  // namespace bosai::text
