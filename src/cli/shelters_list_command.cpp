// `bosai shelters list`: the registry, one line per shelter (or JSON).
#include "cli/commands.h"
#include "cli/shelters_command.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "cli/flag_names.h"
#include "core/shelter_lifecycle.h"
#include "services/ward_lookup.h"
#include "store/shelter_repository.h"

#include <iostream>
#include <map>

namespace bosai::cli {

void add_shelters_list_command(CLI::App& app, Context& context) {
  auto district = std::make_shared<std::string>();
  auto* cmd = shelters_subcommand(app).add_subcommand("list", "List shelters (all, or of one 地区)");
  cmd->add_option("--district", *district, "地区 code or name");
  cmd->callback([&context, district] {
    auto store = open_store(context);
    std::vector<Shelter> shelters;
    if (district->empty()) {
      shelters = store->shelters().list();
    } else {
      const auto d = with_flags({{"district", "--district"}}, [&] { return services::find_district(*store, *district); });
      shelters = store->shelters().list_in_district(d.code);
    }
    std::map<std::string, StatusChange> status;
    for (auto& [id, change] : store->shelters().current_statuses()) status.emplace(id, change);
    if (context.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& s : shelters) {
        auto j = shelter_json(s);
        if (auto it = status.find(s.id); it != status.end()) {
          j["status"] = {{"status", shelter_status_key(it->second.status)},
                         {"by", it->second.changed_by},
                         {"at", it->second.changed_at}};
        }
        out.push_back(std::move(j));
      }
      std::cout << out.dump() << "\n";
      return;
    }
    for (const auto& s : shelters) {
      std::cout << s.id << "\t" << shelter_kind_label(s.kind) << "\t" << s.name << "\t"
                << (s.district_code.empty() ? "-" : s.district_code) << "\t";
      if (s.capacity) {
        std::cout << s.capacity->people << "人(" << capacity_source_label(s.capacity->source) << ")";
      } else {
        std::cout << (is_staying_shelter(s.kind) ? "収容人数未設定" : "-");
      }
      if (!s.effective_from.empty() || !s.effective_to.empty()) {
        std::cout << "\t有効 " << s.effective_from << "〜" << s.effective_to;
      }
      if (auto it = status.find(s.id); it != status.end()) std::cout << "\t" << shelter_status_label(it->second.status);
      std::cout << "\n";
    }
  });
}

}  // namespace bosai::cli
