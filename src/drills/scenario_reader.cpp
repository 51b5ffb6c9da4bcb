#include "drills/scenario_reader.h"

#include "core/calendar_date.h"
#include "documents/document_ref.h"
#include "plans/toml_fields.h"

#include <algorithm>
#include <regex>
#include <set>

namespace bosai::drills {
namespace {

bool valid_id(const std::string& id) { return std::regex_match(id, std::regex("[a-z0-9_-]+")); }

// The keys each table may hold: a misspelt key (respnd_by) would otherwise be ignored and the drill would run
// without the deadline the facilitator wrote.
const std::set<std::string> kScenarioKeys = {"name",  "hazard",     "start", "weather", "districts", "open_shelters",
                                             "roads", "population", "supply", "supply_clock", "plan", "manual"};
const std::set<std::string> kObjectiveKeys = {"id", "title", "refs"};
const std::set<std::string> kInjectCommon = {"id",        "kind",      "at",   "contingency_for", "synopsis",
                                             "expected",  "objective", "respond_by"};

struct KindKeys {
  std::set<std::string> required;
  std::set<std::string> optional;
};
KindKeys keys_of(InjectKind kind) {
  switch (kind) {
    case InjectKind::kRoadClosure: return {{}, {"area", "area_file", "blocked"}};
    case InjectKind::kShelterStatus: return {{"shelter", "status"}, {}};
    case InjectKind::kArrivals: return {{"shelter", "count"}, {"care", "infants", "pets", "foreigners"}};
    case InjectKind::kHomeDemand: return {{"shelter", "count"}, {}};
    case InjectKind::kSupplyShortage: return {{"depot", "item", "amount"}, {}};
    case InjectKind::kVehicleDown: return {{"vehicle"}, {}};
    case InjectKind::kCallOutcome: return {{"person", "outcome"}, {}};
    case InjectKind::kOutage: return {{"utility"}, {"shelter", "area", "area_file"}};
    case InjectKind::kMessage: return {{}, {}};
  }
  return {};
}

class Reader : plans::TomlFields {
 public:
  Reader(std::string file, std::filesystem::path base) : TomlFields(file), base_(std::move(base)) { s_.file = file; }

  DrillScenario read(const toml::table& root) {
    for (const auto& [key, node] : root) {
      const std::string k(key.str());
      if (k != "scenario" && k != "objective" && k != "inject") {
        fail(node, k, "unknown table (a scenario has [scenario], [[objective]] and [[inject]])");
      }
    }
    const auto* head = root.get_as<toml::table>("scenario");
    if (!head) throw InputError(file(), 1, "scenario", "missing [scenario] table");
    read_head(*head);
    each(root, "objective", [&](const toml::table& t) { read_objective(t); });
    each(root, "inject", [&](const toml::table& t) { read_inject(t); });
    check_links();
    return std::move(s_);
  }

 private:
  void known_keys(const toml::table& t, const std::set<std::string>& a, const std::set<std::string>& b = {},
                  const std::set<std::string>& c = {}) const {
    for (const auto& [key, node] : t) {
      const std::string k(key.str());
      if (!a.contains(k) && !b.contains(k) && !c.contains(k)) fail(node, k, "unknown key");
    }
  }

  long line(const toml::node& n) const { return static_cast<long>(n.source().begin.line); }

  std::vector<Written> names(const toml::table& t, const std::string& key, bool required) const {
    const toml::node* node = t.get(key);
    if (!node) {
      if (required) fail(t, key, "missing (required)");
      return {};
    }
    const auto* array = node->as_array();
    if (!array) fail(*node, key, "must be a list of quoted names: [\"池尻\", \"太子堂\"]");
    std::vector<Written> out;
    for (const auto& item : *array) {
      const auto* s = item.as_string();
      if (!s || s->get().empty()) fail(item, key, "must be a list of quoted names");
      out.push_back({s->get(), line(item)});
    }
    if (required && out.empty()) fail(*node, key, "must name at least one");
    return out;
  }

  std::optional<Written> written(const toml::table& t, const std::string& key) const {
    const toml::node* node = t.get(key);
    if (!node) return std::nullopt;
    return Written{text(t, key, true), line(*node)};
  }

  std::filesystem::path existing(const toml::table& t, const std::string& key, long& at) const {
    const auto w = written(t, key);
    at = w->line;
    const auto path = base_ / w->text;
    if (!std::filesystem::exists(path)) fail(*t.get(key), key, "no such file: " + path.string());
    return path;
  }

  std::vector<PinnedVersion> pins(const toml::table& t, const std::string& key) const {
    std::vector<PinnedVersion> out;
    for (const auto& w : names(t, key, false)) {
      const auto at = w.text.rfind('@');
      int version = 0;
      if (at != std::string::npos && at > 0) {
        try {
          std::size_t used = 0;
          version = std::stoi(w.text.substr(at + 1), &used);
          if (used != w.text.size() - at - 1) version = 0;
        } catch (const std::exception&) {
          version = 0;
        }
      }
      if (version < 1) throw InputError(file(), w.line, key, "'" + w.text + "': write OWNER@VERSION (池尻@2)");
      out.push_back({{w.text.substr(0, at), w.line}, version});
    }
    return out;
  }

  int time(const toml::table& t, const std::string& key) const {
    const toml::node* node = t.get(key);
    const auto m = node && node->is_string() ? parse_drill_time(node->as_string()->get()) : std::nullopt;
    if (!m) fail(node ? *node : static_cast<const toml::node&>(t), key, "must be drill time written \"H:MM\" (0:40, 2:15)");
    return *m;
  }

  void read_head(const toml::table& h) {
    known_keys(h, kScenarioKeys);
    s_.name = text(h, "name", true);
    const auto hazard = parse_hazard(text(h, "hazard", true));
    if (!hazard) fail(*h.get("hazard"), "hazard", "must be earthquake, storm or shelter_opening (地震, 風水害, 避難所開設)");
    s_.hazard = *hazard;
    const auto start = text(h, "start", true);
    static const std::regex form("([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{1,2}):([0-9]{2})");
    std::smatch m;
    const auto day = std::regex_match(start, m, form) ? normalise_date(m[1]) : std::nullopt;
    if (!day || std::stoi(m[2]) > 23 || std::stoi(m[3]) > 59) {
      fail(*h.get("start"), "start", "must be the drill's day and clock in JST: \"YYYY-MM-DD HH:MM\"");
    }
    s_.start_day = *day;
    s_.start_minute = std::stoi(m[2]) * 60 + std::stoi(m[3]);
    s_.weather = text(h, "weather", false);
    s_.districts = names(h, "districts", true);
    s_.open_shelters = names(h, "open_shelters", false);
    if (h.get("roads")) s_.roads = existing(h, "roads", s_.line_of_roads);
    else if (s_.hazard != Hazard::kShelterOpening) fail(h, "roads", "missing (required unless hazard = \"shelter_opening\")");
    if (h.get("population")) s_.population = existing(h, "population", s_.line_of_population);
    if (h.get("supply")) s_.supply = existing(h, "supply", s_.line_of_supply);
    if (const toml::node* clock = h.get("supply_clock")) {
      if (!s_.supply) fail(*clock, "supply_clock", "needs supply = \"…-supply.toml\" in [scenario]");
      const auto m = clock->is_string() ? parse_drill_time(clock->as_string()->get()) : std::nullopt;
      if (!m || *m >= 24 * 60) fail(*clock, "supply_clock", "must be a clock time on the supply day, \"HH:MM\" (08:00)");
      s_.supply_clock = *m;
    }
    s_.plans = pins(h, "plan");
    s_.manuals = pins(h, "manual");
  }

  std::string unique_id(const toml::table& t, std::set<std::string>& seen, const char* what) {
    const auto id = text(t, "id", true);
    if (!valid_id(id)) fail(*t.get("id"), "id", "'" + id + "': write ASCII lower case, digits, - and _");
    if (!seen.insert(id).second) fail(*t.get("id"), "id", std::string(what) + " id '" + id + "' is used twice");
    return id;
  }

  void read_objective(const toml::table& t) {
    known_keys(t, kObjectiveKeys);
    Objective o;
    o.line = line(t);
    o.id = unique_id(t, objective_ids_, "objective");
    o.title = text(t, "title", true);
    o.refs = names(t, "refs", false);
    for (const auto& r : o.refs) {
      try {
        documents::parse_document_ref(r.text);
      } catch (const InputError& e) {
        throw InputError(file(), r.line, "refs", e.message());
      }
    }
    s_.objectives.push_back(std::move(o));
  }

  long whole(const toml::table& t, const std::string& key, bool required) const {
    const auto v = count(t, key);
    if (!v && required) fail(t, key, "missing (required)");
    return v.value_or(0);
  }

  // A list of [lat, lon] points in WGS84 degrees under `key`.
  std::vector<GeoPoint> points(const toml::node& node, const std::string& key, const char* what) const {
    const auto* list = node.as_array();
    if (!list) fail(node, key, std::string("must be a list of [lat, lon] ") + what);
    std::vector<GeoPoint> out;
    for (const auto& c : *list) {
      const auto* pair = c.as_array();
      const auto lat = pair && pair->size() == 2 ? (*pair)[0].value<double>() : std::nullopt;
      const auto lon = pair && pair->size() == 2 ? (*pair)[1].value<double>() : std::nullopt;
      if (!lat || !lon || !is_valid_wgs84({*lat, *lon})) {
        fail(c, key, std::string("each of the ") + what + " must be [lat, lon] in WGS84 degrees ([35.651, 139.685])");
      }
      out.push_back({*lat, *lon});
    }
    return out;
  }

  InjectArea area(const toml::table& t) const {
    InjectArea a;
    if (const toml::node* node = t.get("area")) {
      a.ring = points(*node, "area", "corners");
      if (a.ring.size() >= 2 && a.ring.front().lat == a.ring.back().lat && a.ring.front().lon == a.ring.back().lon) {
        a.ring.pop_back();  // written closed: count the corners once
      }
      if (a.ring.size() < 3) fail(*node, "area", "a polygon needs at least three corners");
      a.ring.push_back(a.ring.front());
    }
    if (t.get("area_file")) {
      if (!a.ring.empty()) fail(*t.get("area_file"), "area_file", "write area or area_file, not both");
      long at = 0;
      a.file = Written{existing(t, "area_file", at).string(), at};
    }
    if (const toml::node* node = t.get("blocked")) {
      if (!a.ring.empty() || a.file) fail(*node, "blocked", "write one of area, area_file or blocked");
      a.blocked = points(*node, "blocked", "points");
      if (a.blocked.size() < 2) fail(*node, "blocked", "a line across the road needs at least two points");
    }
    return a;
  }

  void read_inject(const toml::table& t) {
    Inject i;
    i.line = line(t);
    i.id = unique_id(t, inject_ids_, "inject");
    const auto code = text(t, "kind", true);
    const auto kind = parse_inject_kind(code);
    if (!kind) {
      fail(*t.get("kind"), "kind",
           "'" + code + "' is not an inject kind (road_closure, shelter_status, arrivals, home_demand, supply_shortage, "
                        "vehicle_down, call_outcome, outage, message)");
    }
    i.kind = *kind;
    const auto keys = keys_of(i.kind);
    known_keys(t, kInjectCommon, keys.required, keys.optional);
    for (const auto& k : keys.required) {
      if (!t.get(k)) fail(t, k, std::string("missing: a ") + inject_kind_code(i.kind) + " inject needs it");
    }
    i.synopsis = text(t, "synopsis", true);
    i.expected = text(t, "expected", false);
    i.objective = text(t, "objective", false);
    i.contingency_for = text(t, "contingency_for", false);
    if (i.contingency_for.empty()) {
      if (!t.get("at")) fail(t, "at", "missing: a timed inject needs at = \"H:MM\" (or contingency_for)");
      i.at = time(t, "at");
      if (last_at_ && *i.at < *last_at_) {
        fail(*t.get("at"), "at", "out of time order: " + drill_time_text(*i.at) + " comes after " + drill_time_text(*last_at_));
      }
      last_at_ = i.at;
    } else if (t.get("at")) {
      fail(*t.get("at"), "at", "a contingency inject is released by its missed deadline, not at a time");
    }
    if (t.get("respond_by")) {
      i.respond_by = time(t, "respond_by");
      if (i.at && *i.respond_by <= *i.at) fail(*t.get("respond_by"), "respond_by", "must come after at");
    }
    if (!i.objective.empty() && !s_.find_objective(i.objective)) {
      fail(*t.get("objective"), "objective", "no [[objective]] has id '" + i.objective + "'");
    }
    if (!i.contingency_for.empty()) {
      const auto* trigger = s_.find_inject(i.contingency_for);
      if (!trigger) fail(*t.get("contingency_for"), "contingency_for", "no earlier inject has id '" + i.contingency_for + "'");
      if (!trigger->respond_by) {
        fail(*t.get("contingency_for"), "contingency_for", "'" + i.contingency_for + "' has no respond_by to miss");
      }
    }
    read_payload(t, i);
    s_.injects.push_back(std::move(i));
  }

  void one_of(const toml::table& t, const std::string& key, const std::string& value,
              std::initializer_list<const char*> allowed) const {
    for (const char* a : allowed) {
      if (value == a) return;
    }
    std::string list;
    for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    fail(*t.get(key), key, "'" + value + "' must be one of " + list);
  }

  void read_payload(const toml::table& t, Inject& i) const {
    i.shelter = written(t, "shelter");
    i.depot = written(t, "depot");
    i.vehicle = written(t, "vehicle");
    switch (i.kind) {
      case InjectKind::kRoadClosure:
        i.area = area(t);
        if (i.area.empty()) fail(t, "area", "missing: a road_closure needs area, area_file or blocked");
        break;
      case InjectKind::kShelterStatus:
        i.status = text(t, "status", true);
        one_of(t, "status", i.status, {"damaged", "closed", "full"});
        break;
      case InjectKind::kArrivals: {
        i.count = whole(t, "count", true);
        // One person may have several needs (an infant of a foreign family): each is counted within count, apart.
        for (const char* need : {"care", "infants", "foreigners"}) {
          if (const auto n = count(t, need)) {
            i.needs[need] = *n;
            if (*n > i.count) fail(*t.get(need), need, std::string(need) + " are people among count, so at most " + std::to_string(i.count));
          }
        }
        if (const auto pets = count(t, "pets")) i.needs["pets"] = *pets;  // animals: not among the people
        break;
      }
      case InjectKind::kHomeDemand: i.count = whole(t, "count", true); break;
      case InjectKind::kSupplyShortage:
        i.item = *written(t, "item");
        i.amount = whole(t, "amount", true);
        break;
      case InjectKind::kVehicleDown: break;
      case InjectKind::kCallOutcome:
        i.person = text(t, "person", true);
        i.outcome = text(t, "outcome", true);
        one_of(t, "outcome", i.outcome, {"reached", "will_evacuate", "needs_transport", "not_reached"});
        break;
      case InjectKind::kOutage:
        i.utility = text(t, "utility", true);
        one_of(t, "utility", i.utility, {"power", "water", "phone"});
        i.area = area(t);
        if (!i.shelter && i.area.empty()) fail(t, "shelter", "missing: an outage needs shelter, area or area_file");
        break;
      case InjectKind::kMessage: break;
    }
  }

  // What needs the whole file: supply injects need a supply scenario.
  void check_links() const {
    for (const auto& i : s_.injects) {
      if ((i.kind == InjectKind::kSupplyShortage || i.kind == InjectKind::kVehicleDown) && !s_.supply) {
        throw InputError(file(), i.line, "supply",
                         std::string("a ") + inject_kind_code(i.kind) + " inject needs supply = \"…-supply.toml\" in [scenario]");
      }
      if (i.kind == InjectKind::kRoadClosure && !s_.roads) {
        throw InputError(file(), i.line, "roads", "a road_closure inject needs roads = \"…\" in [scenario]");
      }
    }
  }

  std::filesystem::path base_;
  DrillScenario s_;
  std::set<std::string> objective_ids_, inject_ids_;
  std::optional<int> last_at_;
};

}  // namespace

const Inject* DrillScenario::find_inject(const std::string& id) const {
  const auto it = std::find_if(injects.begin(), injects.end(), [&](const Inject& i) { return i.id == id; });
  return it == injects.end() ? nullptr : &*it;
}

const Objective* DrillScenario::find_objective(const std::string& id) const {
  const auto it = std::find_if(objectives.begin(), objectives.end(), [&](const Objective& o) { return o.id == id; });
  return it == objectives.end() ? nullptr : &*it;
}

std::optional<int> parse_drill_time(const std::string& text) {
  static const std::regex form("([0-9]{1,2}):([0-5][0-9])");
  std::smatch m;
  if (!std::regex_match(text, m, form)) return std::nullopt;
  return std::stoi(m[1]) * 60 + std::stoi(m[2]);
}

std::string drill_time_text(int minutes) {
  const int m = minutes % 60;
  return std::to_string(minutes / 60) + (m < 10 ? ":0" : ":") + std::to_string(m);
}

DrillScenario parse_drill_scenario(const std::string& toml_text, const std::string& file_name,
                                   const std::filesystem::path& base_dir) {
  return Reader(file_name, base_dir).read(plans::parse_toml(toml_text, file_name));
}

DrillScenario read_drill_scenario(const std::filesystem::path& file) {
  return parse_drill_scenario(plans::read_text_file(file), file.string(), file.parent_path());
}

}  // namespace bosai::drills
