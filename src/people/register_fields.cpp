#include "people/register_fields.h"

#include "core/calendar_date.h"

#include <cstdio>
#include <cstdlib>

namespace bosai::people {

RegisterFields::RegisterFields(std::string file, const WardStructure& ward, std::vector<InputError>& errors)
    : file_(std::move(file)), errors_(errors) {
  for (const auto& d : ward.districts) {
    districts_[d.code] = d.code;
    districts_[d.name] = d.code;
  }
  for (const auto& a : ward.associations) {
    associations_[a.code] = &a;
    associations_[a.name] = &a;
  }
}

void RegisterFields::fail(long line, const std::string& field, const std::string& message) {
  errors_.emplace_back(file_, line, field, message);
}

std::string RegisterFields::required_text(long line, const std::string& field, const std::string& value) {
  if (value.empty()) fail(line, field, "required");
  return value;
}

std::string RegisterFields::date(long line, const std::string& field, const std::string& value, bool required) {
  if (value.empty()) {
    if (required) fail(line, field, "required (YYYY-MM-DD)");
    return value;
  }
  const auto date = normalise_date(value);
  if (!date) {
    fail(line, field, "not a date (YYYY-MM-DD)");
    return value;
  }
  return *date;
}

std::string RegisterFields::sex(long line, const std::string& field, const std::string& value) {
  for (const char* allowed : {"男", "女", "その他", "回答なし"}) {
    if (value == allowed) return value;
  }
  fail(line, field, "must be 男, 女, その他 or 回答なし");
  return value;
}

std::string RegisterFields::phone(long line, const std::string& field, const std::string& value) {
  if (value.empty()) {
    fail(line, field, "required (電話番号その他の連絡先)");
    return value;
  }
  int digits = 0;
  for (char c : value) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '-' && c != '+' && c != '(' && c != ')' && c != ' ') {
      fail(line, field, "only digits, -, +, ( ) and spaces are allowed");
      return value;
    }
  }
  if (digits < 10 || digits > 15) fail(line, field, "a phone number has 10 to 15 digits");
  return value;
}

std::optional<GeoPoint> RegisterFields::position(long line, const std::string& field, const std::string& lat,
                                                 const std::string& lon) {
  if (lat.empty() && lon.empty()) return std::nullopt;
  char* end_lat = nullptr;
  char* end_lon = nullptr;
  const GeoPoint p{std::strtod(lat.c_str(), &end_lat), std::strtod(lon.c_str(), &end_lon)};
  if (lat.empty() || lon.empty() || *end_lat || *end_lon || !is_valid_wgs84(p)) {
    fail(line, field, "緯度 and 経度 go together, in WGS84 decimal degrees");
    return std::nullopt;
  }
  return p;
}

std::string RegisterFields::district(long line, const std::string& field, const std::string& value) {
  const auto it = districts_.find(value);
  if (it != districts_.end()) return it->second;
  fail(line, field, value.empty() ? "required" : "unknown 地区 '" + value + "' (not in the ward structure)");
  return value;
}

std::string RegisterFields::association(long line, const std::string& field, const std::string& value,
                                        const std::string& district_code) {
  if (value.empty()) return value;
  const auto it = associations_.find(value);
  if (it == associations_.end()) {
    fail(line, field, "unknown 町会・自治会 '" + value + "'");
    return value;
  }
  if (districts_.count(district_code) && it->second->district_code != district_code) {
    fail(line, field, "町会 '" + value + "' is not in 地区 '" + district_code + "'");
  }
  return it->second->code;
}

const std::vector<std::string>& care_levels() {
  static const std::vector<std::string> levels = {"要支援1", "要支援2", "要介護1", "要介護2",
                                                  "要介護3", "要介護4", "要介護5"};
  return levels;
}

std::string RegisterFields::care_level(long line, const std::string& field, const std::string& value) {
  if (value.empty() || value == "非該当") return "";
  for (const auto& level : care_levels()) {
    if (value == level) return value;
  }
  fail(line, field, "must be empty, 非該当, 要支援1–2 or 要介護1–5");
  return value;
}

int RegisterFields::disability_grade(long line, const std::string& field, const std::string& value) {
  if (value.empty()) return 0;
  std::string digits = value;
  if (digits.size() > 3 && digits.compare(digits.size() - 3, 3, "級") == 0) digits.resize(digits.size() - 3);
  if (digits.size() == 1 && digits[0] >= '1' && digits[0] <= '6') return digits[0] - '0';
  fail(line, field, "must be empty or a grade 1 to 6 (身体障害者手帳)");
  return 0;
}

Household RegisterFields::household(long line, const std::string& field, const std::string& value) {
  if (auto h = parse_household(value)) return *h;
  fail(line, field, "must be 単身, 高齢者のみ or 同居");
  return Household::kWithOthers;
}

bool RegisterFields::flag(long line, const std::string& field, const std::string& value) {
  for (const char* yes : {"1", "はい", "有", "あり", "true", "yes"}) {
    if (value == yes) return true;
  }
  for (const char* no : {"", "0", "いいえ", "無", "なし", "false", "no"}) {
    if (value == no) return false;
  }
  fail(line, field, "must be 1 or 0 (はい/いいえ)");
  return false;
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string format_coordinate(double degrees) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", degrees);
  return buf;
}

}  // namespace bosai::people
