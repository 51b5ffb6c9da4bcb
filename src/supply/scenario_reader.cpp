#include "supply/scenario_reader.h"

#include "core/calendar_date.h"
#include "plans/toml_fields.h"

#include <cstdio>
#include <set>

namespace bosai::supply {
namespace {

class Reader : plans::TomlFields {
 public:
  Reader(std::string file, std::filesystem::path base) : TomlFields(std::move(file)), base_(std::move(base)) {}

  SupplyScenario read(const toml::table& root) {
    SupplyScenario s;
    const auto* head = root.get_as<toml::table>("scenario");
    if (!head) throw InputError(file(), 1, "scenario", "missing [scenario] table");
    s.name = text(*head, "name", true);
    s.date = date(*head, "date");
    s.days = static_cast<int>(count(*head, "days").value_or(1));
    if (s.days < 1) fail(*head->get("days"), "days", "must be 1 or more");
    s.roads = base_ / text(*head, "roads", true);
    s.rates = base_ / text(*head, "rates", false, "../plans/supply-rates.toml");

    each(root, "depot", [&](const toml::table& t) { s.depots.push_back(read_depot(t)); });
    if (s.depots.empty()) throw InputError(file(), 0, "depot", "no [[depot]] defined");
    each(root, "vehicle", [&](const toml::table& t) { s.vehicles.push_back(read_vehicle(t)); });
    if (s.vehicles.empty()) throw InputError(file(), 0, "vehicle", "no [[vehicle]] defined");
    each(root, "shelter", [&](const toml::table& t) { s.stops.push_back(read_stop(t)); });
    return s;
  }

 private:
  // Quoted ("2026-12-01", as in our other files) or a bare TOML date (2026-12-01); empty when absent.
  std::string date(const toml::table& t, const std::string& key) const {
    const toml::node* node = t.get(key);
    if (!node) return {};
    std::optional<std::string> iso;
    if (const auto* bare = node->as_date()) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(bare->get().year),
                    static_cast<int>(bare->get().month), static_cast<int>(bare->get().day));
      iso = normalise_date(buf);
    } else if (node->is_string()) {
      iso = normalise_date(node->as_string()->get());
    }
    if (!iso) fail(*node, key, "must be a calendar date written \"YYYY-MM-DD\"");
    return *iso;
  }

  Minutes clock(const toml::table& t, const std::string& key, Minutes fallback) const {
    const toml::node* node = t.get(key);
    if (!node) return fallback;
    const Minutes m = node->is_string() ? parse_clock(node->as_string()->get()) : -1;
    if (m < 0) fail(*node, key, "must be a time written \"HH:MM\"");
    return m;
  }

  GeoPoint position(const toml::table& t) const {
    GeoPoint p{number(t, "lat", true), number(t, "lon", true)};
    if (!is_valid_wgs84(p)) fail(t, "lat", "not a WGS84 position");
    return p;
  }

  void unique(std::set<std::string>& seen, const toml::table& t, const std::string& id, const std::string& what) {
    if (!seen.insert(id).second) fail(*t.get("id"), "id", "duplicate " + what + " id '" + id + "'");
  }

  Depot read_depot(const toml::table& t) {
    Depot d{text(t, "id", true), text(t, "name", true), position(t), {}};
    unique(depots_, t, d.id, "depot");
    if (const auto* stock = t.get_as<toml::table>("stock")) {
      for (const auto& [item, value] : *stock) {
        const auto v = value.value<int64_t>();
        if (!v || *v < 0) fail(value, std::string(item.str()), "stock must be a whole number, 0 or more");
        d.stock[std::string(item.str())] = static_cast<long>(*v);
      }
    }
    return d;
  }

  FleetVehicle read_vehicle(const toml::table& t) {
    FleetVehicle v;
    v.id = text(t, "id", true);
    v.name = text(t, "name", false, v.id);
    v.kind = text(t, "kind", false, "truck");
    const auto mobility = text(t, "mobility", false, "road");
    if (mobility == "road") v.mobility = Mobility::kRoad;
    else if (mobility == "foot") v.mobility = Mobility::kFoot;
    else fail(*t.get("mobility"), "mobility", "must be \"road\" (vehicle profile) or \"foot\" (walk profile)");
    v.start_depot = text(t, "depot", true);
    v.end_depot = text(t, "end_depot", false, v.start_depot);
    if (!depots_.count(v.start_depot)) fail(*t.get("depot"), "depot", "unknown depot '" + v.start_depot + "'");
    if (!depots_.count(v.end_depot)) fail(*t.get("end_depot"), "end_depot", "unknown depot '" + v.end_depot + "'");
    v.capacity_kg = number(t, "capacity_kg", true);
    v.capacity_l = number(t, "capacity_l", true);
    v.shift_start = clock(t, "shift_start", 8 * 60);
    v.shift_end = clock(t, "shift_end", 17 * 60);
    if (v.shift_end <= v.shift_start) fail(t, "shift_end", "must be after shift_start");
    v.speed_kmh = number(t, "speed_kmh", false, 0);
    if (v.mobility == Mobility::kFoot && v.speed_kmh <= 0) fail(t, "speed_kmh", "needed for mobility = \"foot\"");
    unique(vehicles_, t, v.id, "vehicle");
    return v;
  }

  SupplyStop read_stop(const toml::table& t) {
    SupplyStop stop;
    stop.shelter_id = text(t, "id", true);
    stop.name = text(t, "name", false, stop.shelter_id);
    stop.address = text(t, "address", false);
    stop.position = position(t);
    stop.population = ShelterPopulation{stop.shelter_id, text(t, "district", false),
                                        count(t, "occupants").value_or(0), count(t, "home_evacuees").value_or(0)};
    stop.receive_from = clock(t, "receive_from", 0);
    stop.receive_until = clock(t, "receive_until", 24 * 60);
    if (stop.receive_until <= stop.receive_from) fail(t, "receive_until", "must be after receive_from");
    stop.unload_minutes = static_cast<Minutes>(count(t, "unload_minutes").value_or(15));
    unique(stops_, t, stop.shelter_id, "shelter");
    return stop;
  }

  std::filesystem::path base_;
  std::set<std::string> depots_, vehicles_, stops_;
};

}  // namespace

SupplyScenario parse_supply_scenario(const std::string& toml_text, const std::string& file_name,
                                     const std::filesystem::path& base_dir) {
  return Reader(file_name, base_dir).read(plans::parse_toml(toml_text, file_name));
}

SupplyScenario read_supply_scenario(const std::filesystem::path& file) {
  return parse_supply_scenario(plans::read_text_file(file), file.string(), file.parent_path());
}

}  // namespace bosai::supply
