// `bosai --role R tally flags ID [--radius M]`: the blocks whose last report shows an SOS sign or households
// with no sign, and the registered 要支援者 living near them. Staff who may read personal data see names,
// addresses and phones; a facilitator sees drill pseudonyms and needs only; every access is in the audit log.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "core/calendar_date.h"
#include "core/error.h"
#include "services/tally_flags.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>

namespace bosai::cli {

void add_tally_flags_command(CLI::App& app, Context& context) {
  struct Options {
    long id = 0;
    double radius = 150;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = tally_group(app).add_subcommand(
      "flags", "Blocks with an SOS sign or no sign, and the registered 要支援者 near them (needs --role)");
  cmd->add_option("ID", o->id, "Tally id")->required();
  cmd->add_option("--radius", o->radius, "How far from the block's point, metres (default 150)");
  cmd->callback([&context, o] {
    if (!(o->radius > 0 && o->radius <= 2000)) throw InputError("", 0, "--radius", "metres, more than 0 and at most 2000");
    auto access = open_people(context);
    const auto result = services::tally_result(*access.store, o->id);
    const auto flags = services::tally_flags(*access.session, result, o->radius, today_local());
    nlohmann::json out = nlohmann::json::array();
    std::size_t without_people = 0;
    for (const auto& f : flags) {
      const auto& b = f.block;
      if (context.json) {
        nlohmann::json people = nlohmann::json::array();
        for (const auto& n : f.people) {
          nlohmann::json p{{"pseudonym", n.person.pseudonym}, {"distance_m", std::lround(n.distance_m)},
                           {"age_band", n.person.age_band}, {"care_level", n.person.care_level},
                           {"medical_device", n.person.medical_device}};
          if (n.details) {
            p["register_no"] = n.details->details.register_no;
            p["name"] = n.details->details.name;
            p["address"] = n.details->details.address;
            p["phone"] = n.details->details.phone;
          }
          people.push_back(p);
        }
        out.push_back({{"block", b.block.id}, {"name", b.block.name}, {"sos", b.figures.sos},
                       {"no_sign", b.figures.no_sign}, {"people", people}});
        continue;
      }
      if (f.people.empty()) {
        ++without_people;
        continue;
      }
      std::cout << b.block.id << "\t" << b.block.name << "\tSOS " << b.figures.sos << "\t標識なし " << b.figures.no_sign
                << "\t近くの要支援者 " << f.people.size() << " 人\n";
      for (const auto& n : f.people) {
        std::cout << "  " << n.person.pseudonym << "\t" << std::lround(n.distance_m) << " m\t" << n.person.age_band
                  << (n.person.care_level.empty() ? "" : "\t" + n.person.care_level)
                  << (n.person.medical_device ? "\t医療機器" : "");
        if (n.details) std::cout << "\t" << n.details->details.name << "\t" << n.details->details.address << "\t"
                                 << n.details->details.phone;
        std::cout << "\n";
      }
    }
    if (context.json) {
      std::cout << out.dump() << "\n";
    } else {
      std::cout << "SOS か標識なしの班 " << flags.size() << "、うち半径 " << o->radius << " m に登録者のいない班 "
                << without_people << "\n";
    }
  });
}

}  // namespace bosai::cli
