// `bosai shelters status ID open|closed|damaged|full --by NAME`: records who changed a shelter's state, when.
#include "cli/commands.h"
#include "cli/shelters_command.h"
#include "cli/store_access.h"
#include "core/clock.h"
#include "core/error.h"
#include "cli/flag_names.h"
#include "services/shelter_status.h"
#include <iostream>

namespace bosai::cli {

void add_shelters_status_command(CLI::App& app, Context& context) {
  struct Options {
    std::string id;
    std::string status;
    std::string by;
    std::string note;
    bool history = false;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = shelters_subcommand(app).add_subcommand(
      "status", "Record a shelter's status (open, closed, damaged, full), or show its history");
  cmd->add_option("ID", o->id, "共通ID")->required();
  cmd->add_option("STATUS", o->status, "open | closed | damaged | full (開設 / 閉鎖 / 被災 / 満員)");
  cmd->add_option("--by", o->by, "Who made the change (required when setting a status)");
  cmd->add_option("--note", o->note, "Why (optional)");
  cmd->callback([&context, o] {
    auto store = open_store(context);
    const auto history = with_flags({{"shelter", "ID"}, {"by", "--by"}}, [&] {
      if (!o->status.empty()) {
        const auto status = parse_shelter_status(o->status);
        if (!status) throw InputError("", 0, "STATUS", "unknown status \"" + o->status + "\" (open, closed, damaged, full)");
        services::change_shelter_status(*store, o->id, *status, o->by, o->note);
      }
      return services::shelter_status_history(*store, o->id);
    });
    if (context.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& c : history) {
        out.push_back({{"status", shelter_status_key(c.status)}, {"by", c.changed_by}, {"at", c.changed_at},
                       {"note", c.note}});
      }
      std::cout << nlohmann::json{{"id", o->id}, {"history", out}}.dump() << "\n";
      return;
    }
    for (const auto& c : history) {
      std::cout << jst_display(c.changed_at) << "\t" << shelter_status_label(c.status) << "\t" << c.changed_by
                << (c.note.empty() ? "" : "\t" + c.note) << "\n";
    }
  });
}

}  // namespace bosai::cli
