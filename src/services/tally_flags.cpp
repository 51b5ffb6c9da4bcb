#include "services/tally_flags.h"

namespace bosai::services {

std::vector<TallyFlag> tally_flags(people::Session& session, const TallyResult& r, double radius_m,
                                   const std::string& today) {
  std::vector<TallyFlag> flags;
  std::vector<GeoPoint> points;
  for (const auto& b : r.summary.blocks) {
    if (!b.last || !b.block.position || (b.figures.sos == 0 && b.figures.no_sign == 0)) continue;
    flags.push_back({b, {}});
    points.push_back(*b.block.position);
  }
  if (flags.empty()) return flags;
  const auto near = people::PeopleService(session).near(points, radius_m, r.drill.districts,
                                                        "tally:" + std::to_string(r.drill.id) + " SOS/標識なしの班",
                                                        today);
  for (const auto& n : near) flags[n.point].people.push_back(n);
  return flags;
}

}  // namespace bosai::services
