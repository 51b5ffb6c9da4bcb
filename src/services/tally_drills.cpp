#include "services/tally_drills.h"

#include "core/calendar_date.h"
#include "core/error.h"
#include "core/import_rejected.h"
#include "geo/area_geojson.h"
#include "plans/toml_fields.h"
#include "services/ward_lookup.h"
#include "store/tally_repository.h"
#include "store/ward_repository.h"
#include "text/csv_table.h"

#include <algorithm>
#include <map>
#include <set>

namespace bosai::services {
namespace {

const std::set<std::string> kDrillKeys = {"name", "date", "start", "end", "districts", "blocks"};

// Japanese headers as a clerk types them on the form, for the English column names of the docs.
const std::map<std::string, std::string> kBlockAliases = {
    {"班", "block"},          {"名前", "name"},     {"班名", "name"},  {"地区", "district"}, {"町会", "association"},
    {"町会・自治会", "association"}, {"種別", "type"}, {"住宅", "type"},  {"世帯数", "households"},
    {"緯度", "lat"},          {"経度", "lon"}};
const std::map<std::string, std::string> kCountAliases = {
    {"班", "block"}, {"時刻", "time"},      {"世帯数", "households"}, {"OK", "ok"},  {"無事", "ok"},
    {"SOS", "sos"},  {"標識なし", "no_sign"}, {"訪問", "visited"},     {"訪問した世帯", "visited"}};

Minutes clock_of(const plans::TomlFields& f, const toml::table& t, const std::string& key) {
  const auto text = f.text(t, key, true);
  const Minutes m = parse_clock(text);
  if (m < 0 || m >= 24 * 60) f.fail(*t.get(key), key, "'" + text + "' is not a time of day HH:MM (09:00)");
  return m;
}

std::vector<TallyBlock> read_blocks(const std::filesystem::path& file, const WardStructure& ward,
                                    const std::vector<std::string>& districts) {
  const auto bytes = plans::read_text_file(file);
  text::CsvTable csv(bytes, file.string(), {"block", "name", "district", "type", "households"},
                     {"association", "lat", "lon"}, kBlockAliases);
  std::map<std::string, Area> boundaries;
  for (const auto& d : ward.districts) {
    if (!d.boundary.empty()) boundaries.emplace(d.code, geo::parse_area_geojson(d.boundary, d.name, "boundary"));
  }
  std::vector<TallyBlock> blocks;
  std::map<std::string, long> seen;
  for (const auto& row : csv.rows()) {
    TallyBlock b;
    b.id = csv.cell(row, "block");
    if (b.id.empty()) {
      csv.fail(row, "block", "required: the block's id as the paper form names it (ikejiri-1-03)");
    } else if (const auto [at, fresh] = seen.emplace(b.id, row.line); !fresh) {
      csv.fail(row, "block", "block '" + b.id + "' is listed twice (first on line " + std::to_string(at->second) + ")");
    }
    b.name = csv.cell(row, "name");
    if (b.name.empty()) csv.fail(row, "name", "required: the block's name as leaders know it (池尻東町会 3班)");
    const auto district = csv.cell(row, "district");
    try {
      b.district_code = find_district(ward, district).code;
      if (std::find(districts.begin(), districts.end(), b.district_code) == districts.end()) {
        csv.fail(row, "district", "地区 '" + district + "' is not one of the drill's districts");
      }
    } catch (const InputError& e) {
      csv.fail(row, "district", e.message());
    }
    if (const auto association = csv.cell(row, "association"); !association.empty()) {
      try {
        const auto a = find_association(ward, association);
        b.association_code = a.code;
        if (!b.district_code.empty() && a.district_code != b.district_code) {
          csv.fail(row, "association", "町会 '" + association + "' belongs to another 地区 (" + a.district_code + ")");
        }
      } catch (const InputError& e) {
        csv.fail(row, "association", e.message());
      }
    }
    const auto type = csv.cell(row, "type");
    if (const auto d = parse_dwelling(type)) {
      b.dwelling = *d;
    } else {
      csv.fail(row, "type", "'" + type + "': 戸建て or 集合住宅");
    }
    if (const auto n = csv.count(row, "households")) {
      if (*n == 0) csv.fail(row, "households", "a block has at least one household");
      b.households = *n;
    }
    const auto lat_text = csv.cell(row, "lat");
    const auto lon_text = csv.cell(row, "lon");
    if (!lat_text.empty() || !lon_text.empty()) {
      const auto lat = text::parse_cell_number(lat_text);
      const auto lon = text::parse_cell_number(lon_text);
      if (!lat || !lon) {
        csv.fail(row, lat ? "lon" : "lat", "both lat and lon in WGS84 degrees (35.6512, 139.6853), or neither");
      } else if (!is_valid_wgs84({*lat, *lon})) {
        csv.fail(row, "lat", is_valid_wgs84({*lon, *lat}) ? "lat and lon look swapped" : "not WGS84 degrees (metres?)");
      } else if (const auto it = boundaries.find(b.district_code);
                 it != boundaries.end() && !it->second.contains({*lat, *lon})) {
        csv.fail(row, "lat", "the point lies outside " + district + "'s boundary (another 地区's or another city's block?)");
      } else {
        b.position = GeoPoint{*lat, *lon};
      }
    }
    blocks.push_back(std::move(b));
  }
  csv.finish();
  return blocks;
}

std::optional<Minutes> report_time(text::CsvTable& csv, const text::CsvRow& row) {
  const auto written = csv.cell(row, "time");
  const Minutes m = parse_clock(written);
  if (m < 0) {
    csv.fail(row, "time", "'" + written + "' is not a time HH:MM (10:15)");
    return std::nullopt;
  }
  return m;
}

}  // namespace

void check_tally_count(const TallyDrill& drill, const TallyCount& c) {
  const auto* block = drill.find_block(c.block);
  if (!block) throw NotFoundError("", 0, "block", "block '" + c.block + "' is not one of this drill's blocks");
  if (c.time < drill.start || c.time > drill.end) {
    throw InputError("", 0, "time", format_clock(c.time) + " is outside the drill (" + format_clock(drill.start) + "–" +
                                        format_clock(drill.end) + ")");
  }
  if (c.households <= 0) throw InputError("", 0, "households", "a block has at least one household");
  if (c.checked() > c.households) {
    throw InputError("", 0, "ok", "more signs and checked households (" + std::to_string(c.checked()) +
                                      " = OK + SOS + no sign) than households (" + std::to_string(c.households) + ")");
  }
  if (c.visited > c.households) {
    throw InputError("", 0, "visited", "more households called at (" + std::to_string(c.visited) +
                                           ") than households (" + std::to_string(c.households) + ")");
  }
}

TallyDrill read_tally_drill(store::Store& store, const std::filesystem::path& file) {
  const plans::TomlFields f(file.string());
  const auto root = plans::parse_toml(plans::read_text_file(file), file.string());
  const auto* t = root.get_as<toml::table>("tally");
  if (!t) throw InputError(file.string(), 1, "tally", "missing [tally] table (docs/community-drills.md)");
  for (const auto& [key, node] : root) {
    if (key.str() != "tally") f.fail(node, std::string(key.str()), "unknown table (only [tally])");
  }
  for (const auto& [key, node] : *t) {
    if (!kDrillKeys.count(std::string(key.str()))) f.fail(node, std::string(key.str()), "unknown key");
  }
  TallyDrill d;
  d.name = f.text(*t, "name", true);
  const auto date = f.text(*t, "date", true);
  const auto normalised = normalise_date(date);
  if (!normalised) f.fail(*t->get("date"), "date", "'" + date + "' is not a date YYYY-MM-DD");
  d.date = *normalised;
  d.start = clock_of(f, *t, "start");
  d.end = clock_of(f, *t, "end");
  if (d.end <= d.start) f.fail(*t->get("end"), "end", "the drill ends before it starts");
  const auto ward = store.wards().load();
  const auto* districts = t->get_as<toml::array>("districts");
  if (!districts || districts->empty()) {
    f.fail(t->get("districts") ? *t->get("districts") : static_cast<const toml::node&>(*t), "districts",
           "one or more 地区, by code or name: [\"池尻\", \"太子堂\"]");
  }
  for (const auto& node : *districts) {
    const auto* name = node.as_string();
    if (!name) f.fail(node, "districts", "each 地区 is a string, its code or name");
    try {
      d.districts.push_back(find_district(ward, name->get()).code);
    } catch (const InputError& e) {
      f.fail(node, "districts", e.message());
    }
  }
  const auto blocks = f.text(*t, "blocks", true);
  const auto blocks_file = file.parent_path() / blocks;
  if (!std::filesystem::exists(blocks_file)) f.fail(*t->get("blocks"), "blocks", "no such file: " + blocks_file.string());
  d.blocks = read_blocks(blocks_file, ward, d.districts);
  d.source_file = file.string();
  return d;
}

std::vector<TallyCount> read_tally_counts(std::string_view bytes, const std::string& file, const TallyDrill& drill,
                                          text::TextEncoding encoding) {
  text::CsvTable csv(bytes, file, {"block", "time", "ok", "sos", "no_sign"}, {"households", "visited"}, kCountAliases,
                     encoding);
  std::vector<TallyCount> counts;
  for (const auto& row : csv.rows()) {
    TallyCount c;
    c.block = csv.cell(row, "block");
    c.source = file + ":" + std::to_string(row.line);
    const auto* block = drill.find_block(c.block);
    if (!block) {
      csv.fail(row, "block", "'" + c.block + "' is not one of the drill's blocks");
      continue;
    }
    const std::size_t problems = csv.problems();
    const auto time = report_time(csv, row);
    const auto ok = csv.count(row, "ok");
    const auto sos = csv.count(row, "sos");
    const auto no_sign = csv.count(row, "no_sign");
    const auto households = csv.has("households") ? csv.count(row, "households", false) : std::nullopt;
    const auto visited = csv.has("visited") ? csv.count(row, "visited", false) : std::nullopt;
    if (csv.problems() > problems) continue;
    c.time = *time;
    c.ok = *ok;
    c.sos = *sos;
    c.no_sign = *no_sign;
    c.households = households.value_or(block->households);
    c.visited = visited.value_or(0);
    try {
      check_tally_count(drill, c);
    } catch (const InputError& e) {
      csv.fail(row, e.field(), e.message());
      continue;
    }
    counts.push_back(std::move(c));
  }
  csv.finish();
  return counts;
}

long create_tally_drill(store::Store& store, const std::filesystem::path& file) {
  const auto drill = read_tally_drill(store, file);
  for (const auto& other : store.tallies().list()) {
    if (other.name == drill.name && other.date == drill.date) {
      throw InputError(file.string(), 0, "name",
                       "a drill '" + drill.name + "' on " + drill.date + " is stored already (tally " +
                           std::to_string(other.id) + ")");
    }
  }
  return store.tallies().create(drill);
}

TallyDrill find_tally_drill(store::Store& store, long id) {
  auto d = store.tallies().find(id);
  if (!d) throw NotFoundError("", 0, "tally", "no tally drill " + std::to_string(id) + " (bosai tally list)");
  return *d;
}

std::size_t import_tally_counts(store::Store& store, long id, const std::filesystem::path& file,
                                const std::string& entered_by) {
  const auto drill = find_tally_drill(store, id);
  auto counts = read_tally_counts(plans::read_text_file(file), file.string(), drill);
  for (auto& c : counts) c.entered_by = entered_by;
  store.tallies().add_counts(id, counts);
  return counts.size();
}

void add_tally_count(store::Store& store, long id, const TallyCount& count) {
  check_tally_count(find_tally_drill(store, id), count);
  store.tallies().add_counts(id, {count});
}

TallyResult tally_result(store::Store& store, long id, std::optional<Minutes> at) {
  TallyResult r{find_tally_drill(store, id), {}, {}, {}};
  r.summary = tally::summarise(r.drill, store.tallies().counts(id), at);
  std::set<std::string> mine;
  for (const auto& b : r.drill.blocks) mine.insert(b.id);
  for (const auto& other : store.tallies().list()) {
    if (other.id == id || other.date >= r.drill.date) continue;
    const bool shares = std::any_of(other.blocks.begin(), other.blocks.end(),
                                    [&](const TallyBlock& b) { return mine.count(b.id) > 0; });
    if (shares && (!r.previous || other.date >= r.previous->date)) r.previous = other;
  }
  if (r.previous) {
    // Last year's figures as they stood at the end of its drill: a comparison of whole mornings.
    r.comparison = tally::compare(r.summary, tally::summarise(*r.previous, store.tallies().counts(r.previous->id)));
  }
  return r;
}

}  // namespace bosai::services
