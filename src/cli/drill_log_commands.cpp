// `bosai drill decide|observe|status|list`: what the room decides, what evaluators see, where the drill stands.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/drill_output.h"
#include "cli/stderr_progress.h"
#include "cli/store_access.h"
#include "core/clock.h"
#include "services/drill_labels.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {
namespace {
struct LogOptions {
  long id = 0;
  std::string ref;
  std::string text;
  std::string by;
  std::string rating;
  std::string as;
  long send = 0;
  std::string from;
  std::string to;
};
}  // namespace

void add_drill_log_commands(CLI::App& app, Context& context) {
  auto d = std::make_shared<LogOptions>();
  auto* decide = drill_group(app).add_subcommand("decide", "Log a participant's decision about an inject that is out");
  decide->add_option("ID", d->id, "Drill id")->required();
  decide->add_option("INJECT", d->ref, "The inject it answers (its id)")->required();
  decide->add_option("TEXT", d->text, "What was decided")->required();
  decide->add_option("--by", d->by, "Who decided (本部, 総務・情報班 …)")->required();
  auto* send = decide->add_option("--send", d->send, "People sent (priced against the optimum; with --from and --to)");
  auto* from = decide->add_option("--from", d->from, "The shelter whose people are sent (共通ID or name)");
  auto* to = decide->add_option("--to", d->to, "Where they are sent (共通ID or name)");
  send->needs(from)->needs(to);
  from->needs(send);
  to->needs(send);
  decide->callback([&context, d] {
    auto store = open_store(context);
    std::optional<services::SentPeople> sent;
    if (d->send != 0 || !d->from.empty()) sent = services::SentPeople{d->send, d->from, d->to};
    StderrProgress progress(context);
    const auto price = services::log_decision(*store, d->id, d->ref, d->by, d->text, sent, progress);
    if (price) {
      const auto s = services::load_drill(*store, d->id);
      std::cout << services::describe_price(*price, services::drill_shelter_name(s.checked, price->sent.from),
                                            services::drill_shelter_name(s.checked, price->sent.to))
                << "\n";
    }
    if (!context.quiet) std::cerr << "記録しました\n";
  });

  auto o = std::make_shared<LogOptions>();
  auto* observe = drill_group(app).add_subcommand("observe", "Log an evaluator's observation and/or rating (P/S/M/U)");
  observe->add_option("ID", o->id, "Drill id")->required();
  observe->add_option("OBJECTIVE", o->ref, "Objective id")->required();
  observe->add_option("TEXT", o->text, "What was seen");
  observe->add_option("--by", o->by, "Evaluator")->required();
  observe->add_option("--rating", o->rating, "P performed, S some challenges, M major challenges, U unable");
  observe->add_option("--as", o->as, "File it in the report as a strength or an improvement (area for improvement)");
  observe->callback([&context, o] {
    auto store = open_store(context);
    const auto closed = services::log_observation(*store, o->id, o->ref, o->by, o->text, o->rating, o->as);
    for (const long a : closed) std::cout << "改善策 " << a << " を完了にしました（この訓練で節を演習）\n";
    if (!context.quiet) std::cerr << "記録しました\n";
  });

  auto st = std::make_shared<std::pair<long, bool>>(0, false);
  auto* status = drill_group(app).add_subcommand("status", "Where a drill stands (player view; --controller for the MSEL)");
  status->add_option("ID", st->first, "Drill id")->required();
  status->add_flag("--controller", st->second, "Controller/evaluator view: expected responses, what is to come, ratings");
  status->callback([&context, st] {
    auto store = open_store(context);
    const auto s = services::load_drill(*store, st->first);
    if (context.json) {
      nlohmann::json j{{"drill", s.drill.id}, {"clock", s.clock}, {"ended", s.ended}, {"paused", s.paused},
                       {"released", s.released}, {"released_at", nlohmann::json::object()}};
      for (const auto& e : s.events) {
        if (e.kind == "inject") j["released_at"][e.ref] = e.minute;
      }
      if (st->second) j["next_due"] = services::next_due(s) ? nlohmann::json(*services::next_due(s)) : nlohmann::json(nullptr);
      std::cout << j.dump() << "\n";
      return;
    }
    print_status(std::cout, s, st->second);
  });

  auto* list = drill_group(app).add_subcommand("list", "Every drill in the store");
  list->callback([&context] {
    auto store = open_store(context);
    for (const auto& d : store->drills().list()) {
      std::cout << d.id << "\t" << d.name << "\t" << d.scenario_file << "\t" << jst_display(d.created_at) << "\n";
    }
  });
}

}  // namespace bosai::cli
