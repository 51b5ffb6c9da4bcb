#include "routing/assignment/assignment_inputs.h"

#include "core/error.h"
#include "plans/toml_fields.h"
#include "text/csv_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace bosai::routing::assignment {
namespace {

// A CSV file with a header row; columns looked up by name.
class CsvTable {
 public:
  explicit CsvTable(const std::filesystem::path& file) : file_(file.string()) {
    auto rows = text::parse_csv(plans::read_text_file(file), file_);
    if (rows.empty()) throw InputError(file_, 1, "header", "empty file");
    header_ = std::move(rows.front().fields);
    for (std::size_t i = 1; i < rows.size(); ++i) {
      // Rows of nothing but commas and blanks are what a spreadsheet leaves after cells are cleared.
      const auto& f = rows[i].fields;
      if (std::all_of(f.begin(), f.end(), [](const std::string& v) { return v.find_first_not_of(' ') == v.npos; })) {
        continue;
      }
      rows_.push_back(std::move(rows[i]));
    }
  }

  std::size_t column(const std::string& name, bool required = true) const {
    for (std::size_t i = 0; i < header_.size(); ++i) {
      if (header_[i] == name) return i;
    }
    if (required) throw InputError(file_, 1, name, "missing column");
    return header_.size();
  }

  using Row = text::CsvRow;
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
