// `bosai drill actions [list] | add | close`: the improvement plan (docs/drills.md, "Improvement plan"). An
// action is opened from a drill's finding on a section, optionally with the section's revision draft written
// beside it, and closed when a later drill exercises the section (rated P or S) or by hand.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/store_access.h"
#include "core/calendar_date.h"
#include "services/corrective_actions.h"
#include "services/document_links.h"
#include "services/output_files.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {
namespace {

nlohmann::json action_json(const store::CorrectiveAction& a) {
  nlohmann::json j{{"id", a.id},         {"drill", a.drill_id}, {"objective", a.objective}, {"ref", a.ref},
                   {"finding", a.finding}, {"action", a.action}, {"owner", a.owner},         {"due", a.due_on},
                   {"status", a.status},   {"closed_on", a.closed_on}, {"note", a.closing_note}};
  j["closed_by_drill"] = a.closed_by_drill ? nlohmann::json(*a.closed_by_drill) : nlohmann::json(nullptr);
  return j;
}

void print_actions(const Context& context, store::Store& store, bool open_only) {
  const auto actions = store.actions().list();
  if (context.json) {
    auto j = nlohmann::json::array();
    for (const auto& a : actions) {
      if (!open_only || a.status == "open") j.push_back(action_json(a));
    }
    std::cout << j.dump() << "\n";
    return;
  }
  const std::string today = today_local();
  for (const auto& a : actions) {
    if (open_only && a.status != "open") continue;
    std::cout << a.id << "\t";
    if (a.status == "open") {
      std::cout << (a.due_on < today ? "期限超過" : "未完了") << "\t期限 " << a.due_on;
    } else {
      std::cout << "完了\t" << a.closed_on << (a.closed_by_drill ? "（訓練 " + std::to_string(*a.closed_by_drill) + "）" : "");
    }
    std::cout << "\t" << a.owner << "\t" << a.ref << "\t" << a.action << "\n";
  }
}

}  // namespace

void add_drill_actions_commands(CLI::App& app, Context& context) {
  auto* actions = drill_group(app).add_subcommand("actions", "The improvement plan: corrective actions across drills");
  auto open_only = std::make_shared<bool>(false);
  actions->add_flag("--open", *open_only, "Only the actions still open");
  actions->require_subcommand(0, 1);
  actions->callback([&context, actions, open_only] {
    if (!actions->get_subcommands().empty()) return;
    auto store = open_store(context);
    print_actions(context, *store, *open_only);
  });

  auto* list = actions->add_subcommand("list", "Every action, open and closed (--open: only open)");
  list->callback([&context, open_only] {
    auto store = open_store(context);
    print_actions(context, *store, *open_only);
  });

  struct AddOptions {
    store::CorrectiveAction action;
    std::filesystem::path draft;
  };
  auto a = std::make_shared<AddOptions>();
  auto* add = actions->add_subcommand("add", "Open a corrective action from a drill's finding on a section");
  add->add_option("DRILL", a->action.drill_id, "The drill whose finding it is")->required();
  add->add_option("--objective", a->action.objective, "The objective the finding is about")->required();
  add->add_option("--ref", a->action.ref, "The section: manual:SHELTER#id or plan:地区#id (one the objective names)")->required();
  add->add_option("--finding", a->action.finding, "What the evaluators found")->required();
  add->add_option("--action", a->action.action, "What is to be done")->required();
  add->add_option("--owner", a->action.owner, "Who does it")->required();
  add->add_option("--due", a->action.due_on, "By when (YYYY-MM-DD)")->required();
  add->add_option("--draft", a->draft, "Also write the section's revision draft (Markdown) with the finding in it");
  add->callback([&context, a] {
    auto store = open_store(context);
    std::string draft;
    // The draft is made first: a ref it cannot resolve refuses the action too, and nothing is stored.
    if (!a->draft.empty()) draft = services::revision_draft(*store, a->action.ref, a->action.finding, today_local());
    long id = 0;
    store->atomically([&] {
      id = services::open_corrective_action(*store, a->action);
      if (!a->draft.empty()) services::write_file(a->draft, draft);
    });
    if (context.json) {
      std::cout << action_json(*store->actions().find(id)).dump() << "\n";
    } else {
      std::cout << "改善策 " << id << " を登録しました\n";
      if (!a->draft.empty()) {
        const bool manual = a->action.ref.rfind("manual:", 0) == 0;
        std::cout << "改定案: " << a->draft.string() << "（直して bosai " << (manual ? "manual" : "plan") << " import "
                  << a->draft.string() << " で新しい版に）\n";
      }
    }
  });

  auto c = std::make_shared<std::pair<long, std::string>>(0, "");
  auto* close = actions->add_subcommand("close", "Close an action done outside a drill, with a note");
  close->add_option("ID", c->first, "Action id")->required();
  close->add_option("--note", c->second, "What was done")->required();
  close->callback([&context, c] {
    auto store = open_store(context);
    services::close_corrective_action(*store, c->first, c->second, today_local());
    if (!context.quiet) std::cerr << "改善策 " << c->first << " を完了にしました\n";
  });
}

}  // namespace bosai::cli
