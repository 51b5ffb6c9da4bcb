#include "services/decision_pricing.h"

#include "core/error.h"
#include "services/route_query.h"

#include <cmath>
#include <sstream>

namespace bosai::services {
namespace {

using nlohmann::json;

// Per unit, the people a plan sends to `shelter`.
std::map<std::string, long> at_shelter(const json& plan, const std::string& shelter) {
  std::map<std::string, long> people;
  for (const auto& row : plan["flows"]) {
    if (row[1] == shelter) people[row[0].get<std::string>()] += row[2].get<long>();
  }
  return people;
}

// Per unit, the mean walk of its people to `shelter` in the plan, else the mean of all its placed people.
double optimum_metres(const json& plan, const std::string& unit, const std::string& shelter) {
  double metres = 0;
  long people = 0;
  for (const auto& row : plan["flows"]) {
    if (row[0] != unit || row[1] == "") continue;
    if (row[1] == shelter) return row[3].get<double>();
    metres += row[2].get<long>() * row[3].get<double>();
    people += row[2].get<long>();
  }
  return people == 0 ? 0 : metres / static_cast<double>(people);
}

}  // namespace

DecisionPrice price_decision(const SentPeople& sent, const std::vector<json>& plans,
                             const std::map<std::string, GeoPoint>& units, const GeoPoint& to_position,
                             const RoadNetwork& roads) {
  DecisionPrice price{sent};
  if (plans.empty()) throw InputError("", 0, "send", "この訓練には避難先の計算がありません");
  const json& latest = plans.back();
  std::map<std::string, long> from;
  for (auto plan = plans.rbegin(); plan != plans.rend() && from.empty(); ++plan) from = at_shelter(*plan, sent.from);
  if (from.empty()) throw InputError("", 0, "from", "この訓練のどの計画でも、そこに割り当てた人はいません");
  long total = 0;
  for (const auto& [unit, n] : from) total += n;
  const long moved = std::min(sent.count, total);
  // The decision's people come from each unit in proportion to its share (largest remainders), as a
  // facilitator's "120 of them" does not say which.
  std::map<std::string, long> share;
  std::vector<std::pair<double, std::string>> remainders;
  long given = 0;
  for (const auto& [unit, n] : from) {
    const double exact = static_cast<double>(moved) * static_cast<double>(n) / static_cast<double>(total);
    share[unit] = static_cast<long>(std::floor(exact));
    given += share[unit];
    remainders.push_back({exact - std::floor(exact), unit});
  }
  std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; given < moved && i < remainders.size(); ++i, ++given) ++share[remainders[i].second];

  for (const auto& [unit, n] : share) {
    const auto pos = units.find(unit);
    if (n == 0 || pos == units.end()) continue;
    price.priced += n;
    price.optimum_km += static_cast<double>(n) * optimum_metres(latest, unit, sent.from) / 1000.0;
    const auto answer = find_route(roads, pos->second, to_position, false);
    if (!answer.route.found) {
      price.unreachable += n;
      continue;
    }
    price.decision_km += static_cast<double>(n) * answer.route.distance_m / 1000.0;
  }
  const long capacity = latest["capacity"].value(sent.to, 0L);
  const long load = latest["loads"].value(sent.to, 0L);
  price.room = capacity - load;
  return price;
}

std::string describe_price(const DecisionPrice& p, const std::string& from_name, const std::string& to_name) {
  std::ostringstream out;
  out << from_name << "の " << p.sent.count << " 人を" << to_name << "へ: ";
  const long extra = std::lround(p.extra_km());
  if (extra > 0) out << "最適より " << extra << " 人・km 多い";
  else if (extra < 0) out << "最適より " << -extra << " 人・km 少ない（ただし最適解は収容と要配慮を満たす配分）";
  else out << "最適と同じ距離";
  out << "（" << to_name << "の空き " << std::max(0L, p.room) << " 人";
  if (p.sent.count > p.room) out << "、" << p.sent.count - std::max(0L, p.room) << " 人は入りきらない";
  if (p.unreachable > 0) out << "、" << p.unreachable << " 人は道路で行けない";
  if (p.priced < p.sent.count) out << "、そこにいたのは " << p.priced << " 人で、その人たちで計算";
  out << "）";
  return out.str();
}

}  // namespace bosai::services
