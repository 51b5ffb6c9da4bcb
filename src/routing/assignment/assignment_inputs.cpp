#include "routing/assignment/assignment_inputs.h"

#include "core/error.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <map>

namespace bosai::routing::assignment {
namespace {

// RFC 4180 fields of one line (quotes, doubled quotes inside quotes).
std::vector<std::string> split_csv(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

// A CSV file with a header row; columns looked up by name.
class CsvTable {
 public:
  explicit CsvTable(const std::filesystem::path& file) : file_(file.string()) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file_, 0, "cannot open file");
    std::string line;
    while (std::getline(in, line)) {
      if (rows_.empty() && header_.empty() && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      ++line_number_;
      if (header_.empty()) {
        header_ = split_csv(line);
        continue;
      }
      if (line.find_first_not_of(" ,") == std::string::npos) continue;
      rows_.push_back({line_number_, split_csv(line)});
    }
    if (header_.empty()) throw InputError(file_, 1, "header", "empty file");
  }

  std::size_t column(const std::string& name, bool required = true) const {
    for (std::size_t i = 0; i < header_.size(); ++i) {
      if (header_[i] == name) return i;
    }
    if (required) throw InputError(file_, 1, name, "missing column");
    return header_.size();
  }

  struct Row {
    long line;
    std::vector<std::string> fields;
  };
  const std::vector<Row>& rows() const { return rows_; }
  const std::string& file() const { return file_; }

  const std::string& field(const Row& row, std::size_t column, const std::string& name) const {
    static const std::string empty;
    if (column >= row.fields.size()) {
      if (column < header_.size()) return empty;
      throw InputError(file_, row.line, name, "missing column");
    }
    return row.fields[column];
  }

  double number(const Row& row, std::size_t column, const std::string& name) const {
    const std::string& text = field(row, column, name);
    double v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v)) {
      throw InputError(file_, row.line, name, "expected a number, got '" + text + "'");
    }
    return v;
  }

  std::int64_t count(const Row& row, std::size_t column, const std::string& name) const {
    const std::string& text = field(row, column, name);
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || v < 0 || v > 100'000'000) {
      throw InputError(file_, row.line, name, "expected a whole number of people (0–100,000,000), got '" + text + "'");
    }
    return v;
  }

  bool flag(const Row& row, std::size_t column, const std::string& name) const {
    if (column >= header_.size()) return false;
    const std::string& t = field(row, column, name);
    if (t.empty() || t == "0" || t == "false" || t == "no") return false;
    if (t == "1" || t == "true" || t == "yes") return true;
    throw InputError(file_, row.line, name, "expected 1/0, true/false or yes/no, got '" + t + "'");
  }

  GeoPoint position(const Row& row, std::size_t lat, std::size_t lon, const std::string& lat_name,
                    const std::string& lon_name) const {
    const GeoPoint p{number(row, lat, lat_name), number(row, lon, lon_name)};
    if (!is_valid_wgs84(p)) throw InputError(file_, row.line, lat_name, "not a WGS84 latitude/longitude");
    return p;
  }

 private:
  std::string file_;
  std::vector<std::string> header_;
  std::vector<Row> rows_;
  long line_number_ = 0;
};

}  // namespace

std::vector<PopulationUnit> read_population_units(const std::filesystem::path& file) {
  const CsvTable csv(file);
  const auto id = csv.column("id"), lat = csv.column("lat"), lon = csv.column("lon"), count = csv.column("count");
  const auto care = csv.column("needs_care", false);
  std::vector<PopulationUnit> units;
  for (const auto& row : csv.rows()) {
    units.push_back({csv.field(row, id, "id"), csv.position(row, lat, lon, "lat", "lon"), csv.count(row, count, "count"),
                     csv.flag(row, care, "needs_care")});
  }
  return units;
}

std::vector<NamedShelter> read_gsi_shelters(const std::filesystem::path& gsi_csv,
                                            const std::filesystem::path& capacity_csv) {
  struct Capacity {
    std::int64_t places;
    bool care;
  };
  std::map<std::string, Capacity> capacities;
  {
    const CsvTable csv(capacity_csv);
    const auto id = csv.column("id"), capacity = csv.column("capacity"), care = csv.column("accepts_care", false);
    for (const auto& row : csv.rows()) {
      capacities[csv.field(row, id, "id")] = {csv.count(row, capacity, "capacity"), csv.flag(row, care, "accepts_care")};
    }
  }
  const CsvTable csv(gsi_csv);
  const auto id = csv.column("共通ID"), name = csv.column("施設・場所名"), lat = csv.column("緯度"), lon = csv.column("経度");
  std::vector<NamedShelter> shelters;
  for (const auto& row : csv.rows()) {
    const std::string& code = csv.field(row, id, "共通ID");
    const auto found = capacities.find(code);
    if (found == capacities.end()) {
      throw InputError(capacity_csv.string(), 0, "id", "no capacity for shelter " + code + " (" + gsi_csv.string() +
                                                           ":" + std::to_string(row.line) + ")");
    }
    const bool fukushi = code.size() >= 14 && code[12] == '2';  // E + 5 + 5 + type + subtype + seq
    shelters.push_back({{code, csv.position(row, lat, lon, "緯度", "経度"), found->second.places,
                         fukushi || found->second.care},
                        csv.field(row, name, "施設・場所名")});
  }
  return shelters;
}

}  // namespace bosai::routing::assignment
