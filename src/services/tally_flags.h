#pragma once
#include "people/people_service.h"
#include "services/tally_drills.h"

#include <string>
#include <vector>

namespace bosai::services {

// A block whose last report shows an SOS sign or households with no sign, and the registered 避難行動要支援者
// whose home lies within the radius of the block's point: the doors to knock on first.
struct TallyFlag {
  tally::BlockResult block;
  std::vector<people::PersonNear> people;
};

// Through the people service: names, addresses and phones only for staff who may read personal data, the
// drill pseudonym and needs for a facilitator, each access in the audit log. Blocks without a point are left
// out (nothing to measure from); blocks with a flag but nobody registered near are kept (people.empty()).
std::vector<TallyFlag> tally_flags(people::Session& session, const TallyResult& result, double radius_m,
                                   const std::string& today);

}  // namespace bosai::services
