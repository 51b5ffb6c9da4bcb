#pragma once
#include "core/geo_point.h"
#include "services/road_network.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace bosai::services {

// A decision that sends people somewhere: `count` of those at shelter `from` go to shelter `to` (共通IDs).
// "Those at `from`": the people the last re-plan sends there, or, when it sends nobody there any more (the
// school burned), the people the last re-plan that still sent anyone there had there.
struct SentPeople {
  long count = 0;
  std::string from;
  std::string to;
};

// The decision against the solver's best on the same world: the person-km of walking those people to `to`
// over the drill's roads, and of where the optimum sends them; and the room `to` has in the optimum.
struct DecisionPrice {
  SentPeople sent;
  long priced = 0;            // people the decision moves whose units the plans know (≤ sent.count)
  double decision_km = 0;     // person-km, the decision
  double optimum_km = 0;      // person-km, the same people as the optimum sends them
  long unreachable = 0;       // of `priced`, people who cannot reach `to` by road
  long room = 0;              // places left at `to` in the optimum (capacity − load)
  double extra_km() const { return decision_km - optimum_km; }
};

// `plans` are the bodies of the drill's assignment re-plans, oldest first (the last is the optimum the
// decision is priced against); `units` the population units' positions by id. InputError on field "from" when
// no plan of the drill sent anyone to `from`.
DecisionPrice price_decision(const SentPeople& sent, const std::vector<nlohmann::json>& plans,
                             const std::map<std::string, GeoPoint>& units, const GeoPoint& to_position,
                             const RoadNetwork& roads);

// 「120 人を池尻小学校へ: 最適より 340 人・km 多い（池尻小学校の空きは 80 人）」
std::string describe_price(const DecisionPrice& price, const std::string& from_name, const std::string& to_name);

}  // namespace bosai::services
