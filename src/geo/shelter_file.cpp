#include "geo/shelter_file.h"

#include "core/error.h"
#include "geo/ogr_points.h"
#include "geo/shelter_columns.h"
#include "plans/toml_fields.h"
#include "text/csv_reader.h"
#include "text/csv_writer.h"
#include "text/text_encoding.h"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <fstream>

#include <nlohmann/json.hpp>

namespace bosai::geo {
namespace {

std::string shortest(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

// The text a column holds for a shelter: the inverse of shelters_from_table.
std::string value_of(const Shelter& s, const std::string& header) {
  using C = ShelterColumn;
  const auto m = shelter_column(header);
  if (!m) return "";
  switch (m->column) {
    case C::kNo: return s.source_no ? std::to_string(*s.source_no) : "";
    case C::kId: return s.id;
    case C::kMunicipality: return s.municipality;
    case C::kName: return s.name;
    case C::kNameKana: return s.name_kana;
    case C::kNameEn: return s.name_en;
    case C::kAddress: return s.address;
    case C::kLat: return shortest(s.position.lat);
    case C::kLon: return shortest(s.position.lon);
    case C::kHazard: return s.hazards.has(*m->hazard) ? "1" : "";
    case C::kSameAddress: return s.same_address ? "1" : "";
    case C::kOtherNotes: return s.other_notes;
    case C::kAccepted: return s.accepted_people;
    case C::kRemarks: return s.remarks;
    case C::kKind: return std::string(shelter_kind_label(s.kind));
    case C::kDistrict: return s.district_code;
    case C::kCapacity: return s.capacity ? std::to_string(s.capacity->people) : "";
    case C::kCapacitySource: return s.capacity ? std::string(capacity_source_label(s.capacity->source)) : "";
    case C::kCapacityAsOf: return s.capacity ? s.capacity->as_of : "";
    case C::kFloorArea: return s.floor_area_m2 ? shortest(*s.floor_area_m2) : "";
    case C::kContact: return s.contact;
    case C::kUrl: return s.url;
    case C::kEffectiveFrom: return s.effective_from;
    case C::kEffectiveTo: return s.effective_to;
    case C::kAddressPart:
    case C::kIgnored: break;
    case C::kLocalGovCode: {
      if (s.id.size() > 7 && s.id[6] == '-') return s.id.substr(0, 6);  // a prefixed Digital Agency ID
      break;
    }
  }
  if (m->column == C::kLocalGovCode && s.id.size() >= 6 && s.id[0] == 'E') {
    // The 5-digit code inside a 共通ID plus its JIS X 0402 check digit (13112 → 131121).
    const std::string code = s.id.substr(1, 5);
    if (code.find_first_not_of("0123456789") != std::string::npos) return "";
    int sum = 0;
    for (int i = 0; i < 5; ++i) sum += (code[static_cast<std::size_t>(i)] - '0') * (6 - i);
    return code + std::to_string((11 - sum % 11) % 10);
  }
  return "";
}

std::vector<std::string> gsi_header_for(const std::vector<Shelter>& shelters) {
  const bool all_emergency = !shelters.empty() && std::all_of(shelters.begin(), shelters.end(), [](const Shelter& s) {
    return s.kind == ShelterKind::kEmergencySite;
  });
  if (all_emergency) return gsi_emergency_header();
  auto header = gsi_designated_header();
  const bool any_hazard = std::any_of(shelters.begin(), shelters.end(), [](const Shelter& s) {
    return !s.hazards.empty();
  });
  if (any_hazard) {
    auto at = std::find(header.begin(), header.end(), "住所") + 1;
    for (auto h : kAllHazards) at = header.insert(at, std::string(hazard_label(h))) + 1;
  }
  return header;
}

std::vector<std::string> with_extras(std::vector<std::string> header) {
  for (auto& extra : bosai_extra_header()) {
    if (std::find(header.begin(), header.end(), extra) == header.end()) header.push_back(extra);
  }
  return header;
}

std::vector<std::string> without_position(std::vector<std::string> header) {
  header.erase(std::remove_if(header.begin(), header.end(),
                              [](const std::string& h) { return h == "緯度" || h == "経度"; }),
               header.end());
  return header;
}

// Checks GeoJSON text the way our CSV reader checks CSV (UTF-8, syntax), so a broken file is reported with its
// line (OGR only says it cannot open it), and returns the line each feature starts on, for OGR's messages.
std::vector<long> geojson_feature_lines(const std::filesystem::path& file) {
  const std::string text = plans::read_text_file(file);
  if (const auto bad = text::find_invalid_utf8(text); bad != std::string::npos) {
    throw InputError(file.string(), text::line_at(text, bad), "not valid UTF-8 (a Shift_JIS file?)");
  }
  try {
    const auto parsed = nlohmann::json::parse(text);
    if (!parsed.is_object()) throw InputError(file.string(), 1, "not a GeoJSON object");
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError(file.string(), text::line_at(text, e.byte > 0 ? e.byte - 1 : 0), "not valid JSON: " + std::string(e.what()));
  }
  // Each feature has one `"type": "Feature"`; scan for them in order (a plain scan: files may be large).
  std::vector<long> lines;
  long line = 1;
  std::size_t counted = 0;
  for (std::size_t at = text.find("\"Feature\""); at != std::string::npos; at = text.find("\"Feature\"", at + 1)) {
    std::size_t k = at;
    while (k > 0 && std::isspace(static_cast<unsigned char>(text[k - 1]))) --k;
    if (k == 0 || text[k - 1] != ':') continue;
    --k;
    while (k > 0 && std::isspace(static_cast<unsigned char>(text[k - 1]))) --k;
    if (k < 6 || text.compare(k - 6, 6, "\"type\"") != 0) continue;
    line += static_cast<long>(std::count(text.begin() + static_cast<long>(counted), text.begin() + static_cast<long>(at), '\n'));
    counted = at;
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

SourceTable read_shelter_table(const std::filesystem::path& file, ShelterFormat format) {
  if (format == ShelterFormat::kGeoJson) return read_point_layer(file, geojson_feature_lines(file));
  if (format == ShelterFormat::kGeoPackage) return read_point_layer(file);
  auto rows = text::parse_csv(plans::read_text_file(file), file.string());
  if (rows.empty()) throw InputError(file.string(), 1, "empty file: no header line");
  SourceTable table;
  table.file = file.string();
  table.header_line = rows.front().line;
  table.columns = std::move(rows.front().fields);
  for (auto& c : table.columns) {
    if (c.empty()) throw InputError(table.file, table.header_line, "", "wrong header: an empty column name");
  }
  for (std::size_t i = 1; i < rows.size(); ++i) {
    table.records.push_back(SourceRecord{rows[i].line, std::move(rows[i].fields), std::nullopt});
  }
  return table;
}

void write_shelter_file(const std::filesystem::path& file, ShelterFormat format, const std::vector<Shelter>& shelters) {
  std::vector<std::string> header = format == ShelterFormat::kDigitalAgencyCsv ? digital_agency_header()
                                                                              : with_extras(gsi_header_for(shelters));
  if (format == ShelterFormat::kGeoJson || format == ShelterFormat::kGeoPackage) {
    header = without_position(header);
    std::vector<PointFeature> features;
    for (const auto& s : shelters) {
      PointFeature f{s.position, {}};
      for (const auto& h : header) f.values.push_back(value_of(s, h));
      features.push_back(std::move(f));
    }
    write_point_layer(file, format == ShelterFormat::kGeoJson ? "GeoJSON" : "GPKG", "shelters", header, features);
    return;
  }
  const auto tmp = file.parent_path() / (".tmp-" + file.filename().string());
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) throw OutputError(file.string(), "no such folder, or no permission");
    text::CsvWriter csv(out);
    csv.row(header);
    for (const auto& s : shelters) {
      std::vector<std::string> row;
      for (const auto& h : header) row.push_back(value_of(s, h));
      csv.row(row);
    }
    if (!out.flush()) {
      std::filesystem::remove(tmp);
      throw OutputError(file.string(), "disk full?");
    }
  }
  std::filesystem::rename(tmp, file);
}

}  // namespace bosai::geo
