#pragma once
#include "core/geo_point.h"
#include "drills/inject_kind.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bosai::drills {

// A name as the scenario wrote it, with its line: the store is asked about it later (does this shelter exist?),
// and the answer must point back to where the facilitator wrote it.
struct Written {
  std::string text;
  long line = 0;
};

// `池尻東小学校@2`: a version of a plan or manual the drill tests, pinned so the drill exercises what the
// committee approved at the time, not whatever is newest when the report is read.
struct PinnedVersion {
  Written owner;
  int version = 0;
};

struct Objective {
  std::string id;
  std::string title;
  std::vector<Written> refs;  // plan:地区#section, manual:SHELTER#section
  long line = 0;
};

// An area an inject acts on: a polygon written in the file, a GDAL polygon file, or (road closures only) a line
// drawn across the roads a collapse blocks.
struct InjectArea {
  std::vector<GeoPoint> ring;         // as written ([lat, lon] corners), closed by the reader
  std::optional<Written> file;        // area_file, resolved against the scenario's folder
  std::vector<GeoPoint> blocked;      // a line ([lat, lon] points): the roads it crosses or touches are closed
  bool empty() const { return ring.empty() && !file && blocked.empty(); }
};

struct Inject {
  std::string id;
  InjectKind kind = InjectKind::kMessage;
  std::optional<int> at;        // minutes after the start; none for a contingency
  std::string contingency_for;  // the inject whose missed response releases this one
  std::string synopsis;         // what the players are told
  std::string expected;         // controllers and evaluators only
  std::string objective;
  std::optional<int> respond_by;  // minutes after the start
  // What it acts on (which keys a kind needs: docs/drills.md).
  InjectArea area;
  std::optional<Written> shelter;
  std::string status;                   // shelter_status: damaged | closed | full
  long count = 0;                       // arrivals, home_demand
  std::map<std::string, long> needs;    // arrivals: care, infants, pets, foreigners
  std::optional<Written> depot;
  Written item;                         // supply_shortage: what runs short (water, food …)
  long amount = 0;
  std::optional<Written> vehicle;
  std::string person;                   // call_outcome: a pseudonym of the drill view
  std::string outcome;                  // call_outcome
  std::string utility;                  // outage: power | water | phone
  long line = 0;
};

struct DrillScenario {
  std::string file;  // as given, for messages
  std::string name;
  Hazard hazard = Hazard::kEarthquake;
  std::string start_day;  // YYYY-MM-DD, JST
  int start_minute = 0;   // minutes after midnight JST
  std::string weather;
  std::vector<Written> districts;
  std::vector<Written> open_shelters;  // empty: every 指定避難所 of the districts
  std::optional<std::filesystem::path> roads;
  std::optional<std::filesystem::path> population;
  std::optional<std::filesystem::path> supply;
  // The supply day's clock at drill time 0:00 (minutes after midnight); none: the first vehicle shift's start.
  // The supply plan is a day of deliveries, the drill a few hours: this says which hours the drill plays.
  std::optional<int> supply_clock;
  std::vector<PinnedVersion> plans;
  std::vector<PinnedVersion> manuals;
  std::vector<Objective> objectives;
  std::vector<Inject> injects;  // timed ones in time order, contingencies where the file put them
  long line_of_roads = 0, line_of_population = 0, line_of_supply = 0;

  const Inject* find_inject(const std::string& id) const;
  const Objective* find_objective(const std::string& id) const;
};

// H:MM (drill time, 0:00 at the start) and back.
std::optional<int> parse_drill_time(const std::string& text);
std::string drill_time_text(int minutes);

}  // namespace bosai::drills
