// `bosai drill run FILE [--auto | --speed N]`, `drill resume ID […]`, `drill pause ID`, `drill step ID [--to H:MM]`,
// `drill inject ID INJECT --by …`: the drill clock. Each step is one unit of work in the store, so a pause, Ctrl-C
// or a crash between steps loses nothing: `drill resume` continues from the stored drill time, and the injects
// keep their spacing on the drill clock.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/drill_output.h"
#include "cli/stderr_progress.h"
#include "cli/store_access.h"
#include "core/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>

namespace bosai::cli {
namespace {

// The last pause or resume stored (cheap: no scenario is read again).
bool paused(store::Store& store, long id) {
  const auto events = store.drills().events(id);
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    if (it->kind == "clock" && it->body != "{}") return nlohmann::json::parse(it->body).value("paused", false);
  }
  return false;
}

struct PaceOptions {
  bool automatic = false;
  double speed = 0;  // drill minutes per wall minute; 0: not in real time
};

void add_pace_options(CLI::App& cmd, PaceOptions& o) {
  cmd.add_flag("--auto", o.automatic, "Run to the end at once (every inject, every re-plan)");
  cmd.add_option("--speed", o.speed, "Run on the clock, N times real time (1 = real time); Ctrl-C pauses")
      ->check(CLI::PositiveNumber);
}

// Runs the drill on: to the end at once, or on the clock at `speed`; without either, nothing (step by step).
// On the clock the drill advances minute by minute, so a pause (`drill pause`, Ctrl-C, a crash) loses less than
// a drill minute and `drill resume` keeps the injects' spacing; the stored pause is looked for every second.
void run_on(const Context& context, store::Store& store, long id, const PaceOptions& pace) {
  if (!pace.automatic && pace.speed <= 0) return;
  StderrProgress progress(context);
  services::set_drill_paused(store, id, false);
  for (;;) {
    const auto state = services::load_drill(store, id);
    if (state.ended) return;
    const auto next = services::next_due(state);
    std::optional<int> to;
    if (pace.speed > 0 && next) {
      to = std::min(*next, state.clock + 1);
      const auto until = std::chrono::steady_clock::now() +
                         std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                             std::chrono::duration<double>((*to - state.clock) * 60.0 / pace.speed));
      while (std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_until(std::min(until, std::chrono::steady_clock::now() + std::chrono::seconds(1)));
        if (paused(store, id)) {
          if (!context.quiet) std::cerr << "訓練 " << id << " を一時停止しました（" << drill_clock_text(state, state.clock) << "）\n";
          return;
        }
      }
    }
    const auto step = services::advance_drill(store, id, to, progress);
    if (!context.json && (!step.released.empty() || !step.replans.empty() || step.ended)) print_step(std::cout, store, id, step);
    if (step.ended) return;
  }
}

nlohmann::json step_json(const services::DrillStep& step) {
  return {{"from", step.from}, {"to", step.to}, {"released", step.released}, {"replans", step.replans},
          {"ended", step.ended}};
}

}  // namespace

void add_drill_run_commands(CLI::App& app, Context& context) {
  auto file = std::make_shared<std::filesystem::path>();
  auto pace = std::make_shared<PaceOptions>();
  auto* run = drill_group(app).add_subcommand("run", "Start a drill from a scenario (docs/drills.md) at 0:00");
  run->add_option("FILE", *file, "Scenario (TOML)")->required();
  add_pace_options(*run, *pace);
  run->callback([&context, file, pace] {
    auto store = open_store(context);
    StderrProgress progress(context);
    const long id = services::start_drill(*store, *file, progress);
    if (context.json) {
      std::cout << nlohmann::json{{"drill", id}}.dump() << "\n";
    } else {
      std::cout << "訓練 " << id << " を開始しました\n";
      // What 0:00 brought: its injects and the baseline assignment.
      const auto state = services::load_drill(*store, id);
      services::DrillStep start{0, 0, state.released, {}, false};
      for (const auto& e : state.events) {
        if (e.kind == "replan") start.replans.push_back(e.seq);
      }
      print_step(std::cout, *store, id, start);
    }
    run_on(context, *store, id, *pace);
  });

  auto resume_id = std::make_shared<long>(0);
  auto resume_pace = std::make_shared<PaceOptions>();
  auto* resume = drill_group(app).add_subcommand("resume", "Continue a paused drill from its stored drill time");
  resume->add_option("ID", *resume_id, "Drill id (bosai drill list)")->required();
  add_pace_options(*resume, *resume_pace);
  resume->callback([&context, resume_id, resume_pace] {
    auto store = open_store(context);
    if (!resume_pace->automatic && resume_pace->speed <= 0) {
      throw InputError("", 0, "--speed", "resume needs --auto or --speed N (or step it: bosai drill step ID)");
    }
    run_on(context, *store, *resume_id, *resume_pace);
  });

  auto pause_id = std::make_shared<long>(0);
  auto* pause = drill_group(app).add_subcommand("pause", "Pause a drill running on the clock (it stops at the next minute)");
  pause->add_option("ID", *pause_id, "Drill id")->required();
  pause->callback([&context, pause_id] {
    auto store = open_store(context);
    services::set_drill_paused(*store, *pause_id, true);
    if (!context.quiet) std::cerr << "訓練 " << *pause_id << " を一時停止します（再開: bosai drill resume " << *pause_id << " --speed N）\n";
  });

  struct InjectOptions {
    long id = 0;
    std::string inject, by;
  };
  auto io = std::make_shared<InjectOptions>();
  auto* inject = drill_group(app).add_subcommand("inject", "Release an inject now, out of its time (controllers)");
  inject->add_option("ID", io->id, "Drill id")->required();
  inject->add_option("INJECT", io->inject, "The inject (its id in the scenario)")->required();
  inject->add_option("--by", io->by, "The controller releasing it")->required();
  inject->callback([&context, io] {
    auto store = open_store(context);
    StderrProgress progress(context);
    const auto result = services::release_inject(*store, io->id, io->inject, io->by, progress);
    if (context.json) {
      std::cout << step_json(result).dump() << "\n";
    } else {
      print_step(std::cout, *store, io->id, result);
    }
  });

  struct StepOptions {
    long id = 0;
    std::string to;
  };
  auto so = std::make_shared<StepOptions>();
  auto* step = drill_group(app).add_subcommand("step", "Advance to the next inject (or --to a drill time)");
  step->add_option("ID", so->id, "Drill id")->required();
  step->add_option("--to", so->to, "Drill time to move the clock to (H:MM)");
  step->callback([&context, so] {
    std::optional<int> to;
    if (!so->to.empty()) {
      to = drills::parse_drill_time(so->to);
      if (!to) throw InputError("", 0, "--to", "'" + so->to + "': drill time is H:MM (1:30)");
    }
    auto store = open_store(context);
    StderrProgress progress(context);
    const auto result = services::advance_drill(*store, so->id, to, progress);
    if (context.json) {
      std::cout << step_json(result).dump() << "\n";
    } else {
      print_step(std::cout, *store, so->id, result);
    }
  });
}

}  // namespace bosai::cli
