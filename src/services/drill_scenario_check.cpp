#include "services/drill_scenario_check.h"

#include "core/error.h"
#include "core/shelter_lifecycle.h"
#include "services/areas.h"
#include "services/community_documents.h"
#include "services/document_links.h"
#include "services/document_owner.h"
#include "services/ward_lookup.h"
#include "store/shelter_repository.h"
#include "supply/scenario_reader.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace bosai::services {
namespace {

using drills::DrillScenario;
using drills::Written;

// Runs `find` and turns a lookup's refusal into one that points at the scenario's line and key.
template <typename F>
auto at_line(const DrillScenario& s, long line, const std::string& key, F&& find) {
  try {
    return find();
  } catch (const InputError& e) {
    throw InputError(s.file, line, key, e.message());
  }
}

std::string shelter_id(store::Store& store, CheckedDrill& c, const Written& w, const std::string& key) {
  const auto owner = at_line(c.scenario, w.line, key, [&] {
    return find_document_owner(store, DocumentKind::kShelterManual, w.text);
  });
  c.shelter_names[owner.code] = owner.name;
  return owner.code;
}

// The pinned version of `kind` for `owner` (code or name as either side wrote it), if the scenario pins one.
std::optional<int> pinned(store::Store& store, const std::vector<drills::PinnedVersion>& pins, DocumentKind kind,
                          const std::string& owner) {
  const auto code = find_document_owner(store, kind, owner).code;
  for (const auto& p : pins) {
    if (find_document_owner(store, kind, p.owner.text).code == code) return p.version;
  }
  return std::nullopt;
}

void check_pins(store::Store& store, const DrillScenario& s, const std::vector<drills::PinnedVersion>& pins,
                DocumentKind kind, const char* key) {
  for (const auto& p : pins) {
    at_line(s, p.owner.line, key, [&] { return document_version(store, kind, p.owner.text, p.version); });
  }
}

void check_supply_names(const CheckedDrill& c, const drills::Inject& i) {
  const auto& s = c.scenario;
  if (i.depot) {
    const auto& depots = c.supply->depots;
    const auto d = std::find_if(depots.begin(), depots.end(), [&](const auto& x) { return x.id == i.depot->text; });
    if (d == depots.end()) throw InputError(s.file, i.depot->line, "depot", "no depot '" + i.depot->text + "' in the supply scenario");
    if (!d->stock.contains(i.item.text)) {
      throw InputError(s.file, i.item.line, "item", "depot '" + d->id + "' holds no stock of '" + i.item.text + "'");
    }
  }
  if (i.vehicle) {
    const auto& vs = c.supply->vehicles;
    if (std::none_of(vs.begin(), vs.end(), [&](const auto& v) { return v.id == i.vehicle->text; })) {
      throw InputError(s.file, i.vehicle->line, "vehicle", "no vehicle '" + i.vehicle->text + "' in the supply scenario");
    }
  }
}

// A blocked line as an area: each of its segments a strip 2 m wide, so a road crossing the line crosses the strip
// (Area's tests are planar on degrees; the strip's width is set in metres at the segment's latitude).
void add_blocked_line(Area& a, const std::vector<GeoPoint>& line) {
  constexpr double kHalfWidthM = 1.0;
  constexpr double kMetresPerDegree = 111320.0;
  for (std::size_t k = 1; k < line.size(); ++k) {
    const GeoPoint p = line[k - 1], q = line[k];
    const double lon_m = kMetresPerDegree * std::cos((p.lat + q.lat) / 2 * std::numbers::pi / 180);
    const double dx = (q.lon - p.lon) * lon_m, dy = (q.lat - p.lat) * kMetresPerDegree;
    const double length = std::hypot(dx, dy);
    // Perpendicular offset in degrees; a segment of no length is a point, widened both ways.
    const double ox = length > 0 ? -dy / length * kHalfWidthM : kHalfWidthM;
    const double oy = length > 0 ? dx / length * kHalfWidthM : kHalfWidthM;
    const GeoPoint off{oy / kMetresPerDegree, ox / lon_m};
    a.add_polygon({{p.lat + off.lat, p.lon + off.lon},
                   {q.lat + off.lat, q.lon + off.lon},
                   {q.lat - off.lat, q.lon - off.lon},
                   {p.lat - off.lat, p.lon - off.lon},
                   {p.lat + off.lat, p.lon + off.lon}});
  }
}

Area inject_area(const DrillScenario& s, const drills::Inject& i) {
  if (i.area.file) return at_line(s, i.area.file->line, "area_file", [&] { return read_area(i.area.file->text); });
  Area a(i.id);
  if (!i.area.ring.empty()) a.add_polygon(i.area.ring);
  add_blocked_line(a, i.area.blocked);
  return a;
}

}  // namespace

CheckedDrill check_drill_scenario(store::Store& store, DrillScenario scenario) {
  CheckedDrill c;
  c.scenario = std::move(scenario);
  const auto& s = c.scenario;
  for (const auto& d : s.districts) {
    c.districts.push_back(at_line(s, d.line, "districts", [&] { return find_district(store, d.text); }));
  }
  if (s.open_shelters.empty()) {
    for (const auto& d : c.districts) {
      for (const auto& sh : store.shelters().list_in_district(d.code)) {
        if (sh.kind != ShelterKind::kDesignated || !in_effect(sh, s.start_day)) continue;
        c.open_shelters.push_back(sh.id);
        c.shelter_names[sh.id] = sh.name;
      }
    }
  } else {
    for (const auto& w : s.open_shelters) c.open_shelters.push_back(shelter_id(store, c, w, "open_shelters"));
  }
  check_pins(store, s, s.plans, DocumentKind::kDistrictPlan, "plan");
  check_pins(store, s, s.manuals, DocumentKind::kShelterManual, "manual");
  for (const auto& o : s.objectives) {
    for (const auto& r : o.refs) {
      c.refs.emplace(r.text, at_line(s, r.line, "refs", [&] {
        const auto ref = documents::parse_document_ref(r.text);
        const auto& pins = ref.kind == DocumentKind::kDistrictPlan ? s.plans : s.manuals;
        return resolve_document_ref(store, r.text, pinned(store, pins, ref.kind, ref.owner));
      }));
    }
  }
  if (s.supply) {
    c.supply = at_line(s, s.line_of_supply, "supply", [&] { return supply::read_supply_scenario(*s.supply); });
  }
  for (const auto& i : s.injects) {
    if (i.shelter) c.shelter_ids[i.id] = shelter_id(store, c, *i.shelter, "shelter");
    if (c.supply) check_supply_names(c, i);
    if (!i.area.empty()) c.areas.emplace(i.id, inject_area(s, i));
  }
  return c;
}

}  // namespace bosai::services
