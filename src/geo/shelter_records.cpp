#include "geo/shelter_records.h"

#include "core/error.h"
#include "geo/shelter_columns.h"
#include "text/csv_reader.h"

#include <charconv>
#include <map>

namespace bosai::geo {
namespace {

using C = ShelterColumn;

// Strips blanks around a cell: ASCII space and tab, and the ideographic space U+3000 Japanese spreadsheets leave.
std::string trim(const std::string& s) {
  constexpr std::string_view kIdeographicSpace = "\u3000";
  std::string_view v = s;
  for (bool again = true; again;) {
    again = false;
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    if (v.substr(0, 3) == kIdeographicSpace) v.remove_prefix(3), again = true;
    if (v.size() >= 3 && v.substr(v.size() - 3) == kIdeographicSpace) v.remove_suffix(3), again = true;
  }
  return std::string(v);
}

class RowReader {
 public:
  RowReader(const SourceTable& table, const SourceRecord& record, const std::vector<std::string>& headers)
      : table_(table), record_(record), headers_(headers) {}

  [[noreturn]] void fail(std::size_t column, const std::string& message) const {
    throw InputError(table_.file, record_.line, column < headers_.size() ? headers_[column] : "", message);
  }
  std::string text(std::size_t column) const { return trim(record_.values[column]); }

  std::optional<double> number(std::size_t column, const char* what) const {
    const auto s = text(column);
    if (s.empty()) return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) fail(column, "\"" + s + "\" is not " + what);
    return v;
  }
  std::optional<long> whole(std::size_t column) const {
    const auto s = text(column);
    if (s.empty()) return std::nullopt;
    long v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v < 0) {
      fail(column, "\"" + s + "\" is not a whole number ≥ 0");
    }
    return v;
  }
  // GSI and the Digital Agency write 1 for "yes" and leave the cell blank for "no".
  bool flag(std::size_t column) const {
    const auto s = text(column);
    if (s.empty() || s == "0") return false;
    if (s == "1") return true;
    fail(column, "\"" + s + "\" must be 1 (designated) or blank");
  }
  std::string date(std::size_t column) const {
    const auto s = text(column);
    if (s.empty()) return s;
    int y = 0, m = 0, d = 0;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 ||
        m < 1 || m > 12 || d < 1 || d > 31) {
      fail(column, "\"" + s + "\" is not a date (write YYYY-MM-DD)");
    }
    return s;
  }

 private:
  const SourceTable& table_;
  const SourceRecord& record_;
  const std::vector<std::string>& headers_;
};

}  // namespace

std::optional<ShelterKind> kind_from_gsi_id(const std::string& id) {
  if (id.size() < 14 || id[0] != 'E') return std::nullopt;
  if (id[11] == '2') return ShelterKind::kEmergencySite;
  if (id[11] == '1') return id[12] == '2' ? ShelterKind::kWelfare : ShelterKind::kDesignated;
  return std::nullopt;
}

IncomingShelters shelters_from_table(const SourceTable& table, const DistrictLocator& districts,
                                     const RecordOptions& options) {
  // The header: every column must mean something, and each meaning may appear once.
  std::vector<ColumnMeaning> meaning;
  std::map<ShelterColumn, std::size_t> where;  // first column of each meaning (hazards: by hazard below)
  std::map<Hazard, std::size_t> hazard_column;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const auto m = shelter_column(table.columns[i]);
    if (!m) {
      throw InputError(table.file, table.header_line, table.columns[i],
                       "unknown column (not in the GSI, Digital Agency or bosai layout; see docs/shelters.md)");
    }
    const bool many = m->column == C::kIgnored || m->column == C::kAddressPart;
    const bool repeated = m->column == C::kHazard ? hazard_column.count(*m->hazard) > 0
                                                  : (!many && where.count(m->column) > 0);
    if (repeated) throw InputError(table.file, table.header_line, table.columns[i], "column given twice");
    if (m->column == C::kHazard) hazard_column[*m->hazard] = i;
    where.emplace(m->column, i);
    meaning.push_back(*m);
  }
  auto has = [&](ShelterColumn c) { return where.count(c) > 0; };
  if (!has(C::kId)) {
    throw InputError(table.file, table.header_line, "",
                     "wrong header: no 共通ID (GSI) or ID (Digital Agency) column — is this a shelter file?");
  }
  const bool has_position = (has(C::kLat) && has(C::kLon)) ||
                            (table.header_line == 0 && !table.records.empty() && table.records[0].geometry);
  if (has(C::kLat) != has(C::kLon)) {
    throw InputError(table.file, table.header_line, has(C::kLat) ? "経度" : "緯度", "wrong header: column missing");
  }

  IncomingShelters out;
  out.update_only = !has(C::kName) && !has_position;
  if (!out.update_only && (!has(C::kName) || !has_position)) {
    throw InputError(table.file, table.header_line, has(C::kName) ? "緯度" : "施設・場所名",
                     "wrong header: column missing (a file with names needs positions, and the other way round)");
  }
  static const std::map<ShelterColumn, const char*> kFieldOf = {
      {C::kNo, "source_no"},          {C::kMunicipality, "municipality"}, {C::kName, "name"},
      {C::kNameKana, "name_kana"},    {C::kNameEn, "name_en"},            {C::kAddress, "address"},
      {C::kHazard, "hazards"},        {C::kSameAddress, "same_address"},  {C::kOtherNotes, "other_notes"},
      {C::kAccepted, "accepted_people"}, {C::kRemarks, "remarks"},        {C::kCapacity, "capacity"},
      {C::kFloorArea, "floor_area"},  {C::kContact, "contact"},           {C::kUrl, "url"},
      {C::kEffectiveFrom, "effective_from"}, {C::kEffectiveTo, "effective_to"}, {C::kKind, "kind"},
      {C::kDistrict, "district"}};
  if (has(C::kAddressPart)) out.fields.insert("address");
  for (const auto& [column, index] : where) {
    if (auto f = kFieldOf.find(column); f != kFieldOf.end()) out.fields.insert(f->second);
  }
  if (has(C::kFloorArea)) out.fields.insert("capacity");  // an estimate is derived from the floor area
  if (has_position) out.fields.insert("position");
  if (!out.update_only || options.kind) out.fields.insert("kind");
  if (has_position && districts.has_boundaries()) out.fields.insert("district");
  const bool emergency_layout = !hazard_column.empty();

  std::map<std::string, long> first_line;
  for (const auto& record : table.records) {
    RowReader row(table, record, table.columns);
    if (record.values.size() != table.columns.size()) {
      throw text::field_count_error(table.file, record.line, record.values.size(), table.columns.size());
    }
    Shelter s;
    s.id = row.text(where[C::kId]);
    if (s.id.empty()) row.fail(where[C::kId], "empty id");
    if (has(C::kLocalGovCode) && s.id[0] != 'E') {
      // A Digital Agency ID is a serial within its municipality: prefix the 6-digit code (published without its
      // leading zero by some) so two municipalities' site 1 stay apart. An ID already prefixed is kept.
      std::string code = row.text(where[C::kLocalGovCode]);
      if (!code.empty() && code.size() < 6) code.insert(0, 6 - code.size(), '0');
      if (!code.empty() && s.id.rfind(code + "-", 0) != 0) s.id = code + "-" + s.id;
    }
    if (auto [it, fresh] = first_line.emplace(s.id, record.line); !fresh) {
      row.fail(where[C::kId], "duplicate id " + s.id + " (first on line " + std::to_string(it->second) + ")");
    }

    std::optional<ShelterKind> kind = options.kind;
    if (has(C::kKind) && !row.text(where[C::kKind]).empty()) {
      kind = parse_shelter_kind(row.text(where[C::kKind]));
      if (!kind) row.fail(where[C::kKind], "unknown kind \"" + row.text(where[C::kKind]) + "\"");
    }
    if (!kind && !out.update_only) {
      kind = emergency_layout ? ShelterKind::kEmergencySite
                              : kind_from_gsi_id(s.id).value_or(ShelterKind::kDesignated);
    }
    if (kind) s.kind = *kind;

    std::string address_parts;
    for (std::size_t i = 0; i < meaning.size(); ++i) {
      switch (meaning[i].column) {
        case C::kNo: {
          if (auto no = row.whole(i)) s.source_no = *no;
          break;
        }
        case C::kMunicipality: s.municipality = row.text(i); break;
        case C::kName: s.name = row.text(i); break;
        case C::kNameKana: s.name_kana = row.text(i); break;
        case C::kNameEn: s.name_en = row.text(i); break;
        case C::kAddress: s.address = row.text(i); break;
        case C::kAddressPart: address_parts += row.text(i); break;
        case C::kHazard: s.hazards.set(*meaning[i].hazard, row.flag(i)); break;
        case C::kSameAddress: s.same_address = row.flag(i); break;
        case C::kOtherNotes: s.other_notes = row.text(i); break;
        case C::kAccepted: s.accepted_people = row.text(i); break;
        case C::kRemarks: s.remarks = row.text(i); break;
        case C::kContact: s.contact = row.text(i); break;
        case C::kUrl: s.url = row.text(i); break;
        case C::kEffectiveFrom: s.effective_from = row.date(i); break;
        case C::kEffectiveTo: s.effective_to = row.date(i); break;
        default: break;  // read together below
      }
    }
    if (s.address.empty()) s.address = address_parts;
    if (!out.update_only && s.name.empty()) row.fail(where[C::kName], "empty name");
    if (!s.effective_from.empty() && !s.effective_to.empty() && s.effective_to < s.effective_from) {
      row.fail(where[C::kEffectiveTo], "ends before it starts (" + s.effective_from + ")");
    }

    if (has_position) {
      if (has(C::kLat)) {
        const auto lat = row.number(where[C::kLat], "a latitude in decimal degrees");
        const auto lon = row.number(where[C::kLon], "a longitude in decimal degrees");
        if (!lat || !lon) row.fail(where[lat ? C::kLon : C::kLat], "missing coordinate");
        s.position = GeoPoint{*lat, *lon};
      }
      if (record.geometry) s.position = *record.geometry;
      if (!has(C::kLat) && !record.geometry) row.fail(0, "feature has no point geometry");
      if (!is_valid_wgs84(s.position) || (s.position.lat == 0 && s.position.lon == 0)) {
        row.fail(has(C::kLat) ? where[C::kLat] : 0,
                 "position " + std::to_string(s.position.lat) + ", " + std::to_string(s.position.lon) +
                     " is not a WGS84 latitude/longitude");
      }
    }

    if (has(C::kCapacity) || has(C::kFloorArea)) {
      std::string as_of = has(C::kCapacityAsOf) ? row.date(where[C::kCapacityAsOf]) : "";
      if (has(C::kFloorArea)) s.floor_area_m2 = row.number(where[C::kFloorArea], "a floor area in m²");
      if (s.floor_area_m2 && *s.floor_area_m2 <= 0) row.fail(where[C::kFloorArea], "floor area must be > 0");
      std::optional<long> people = has(C::kCapacity) ? row.whole(where[C::kCapacity]) : std::nullopt;
      if (people) {
        // The Digital Agency list has no source column: its 想定収容人数 is the municipality's own figure.
        CapacitySource source = CapacitySource::kOfficial;
        if (has(C::kCapacitySource)) {
          const auto text = row.text(where[C::kCapacitySource]);
          auto parsed = parse_capacity_source(text);
          if (!parsed) {
            row.fail(where[C::kCapacitySource],
                     "\"" + text + "\" must say whose figure it is: 公表値, 運営委員会 or 推計");
          }
          source = *parsed;
        }
        s.capacity = Capacity{*people, source, as_of};
      } else if (s.floor_area_m2) {
        s.capacity = estimate_capacity(*s.floor_area_m2, as_of);
      }
    }

    if (out.fields.count("district")) {
      std::optional<std::string> derived = has_position ? districts.locate(s.position) : std::nullopt;
      std::string written = has(C::kDistrict) ? row.text(where[C::kDistrict]) : "";
      if (!written.empty()) {
        auto code = districts.resolve(written);
        if (!code) row.fail(where[C::kDistrict], "unknown 地区 \"" + written + "\"");
        if (derived && *derived != *code) {
          row.fail(where[C::kDistrict], "the position lies in 地区 " + *derived + ", not " + written);
        }
        s.district_code = *code;
      } else if (derived) {
        s.district_code = *derived;
      }
    }
    out.records.push_back(IncomingShelter{record.line, std::move(s)});
  }
  return out;
}

}  // namespace bosai::geo
