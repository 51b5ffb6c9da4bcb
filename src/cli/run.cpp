#include "cli/run.h"

#include "cli/commands.h"
#include "core/error.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

namespace bosai::cli {
namespace {

constexpr CommandRegistrar kCommands[] = {
    add_version_command,
    add_init_command,
    add_check_command,
    add_backup_command,
    add_restore_command,
    add_solve_cvrp_command,
    add_solve_vrptw_command,
    add_solve_mcf_command,
    add_assign_command,
    add_roads_command,
    add_route_command,
    add_supply_plan_command,
    add_supply_replan_command,
    add_shelters_import_command,
    add_shelters_export_command,
    add_shelters_list_command,
    add_shelters_status_command,
    add_summary_command,
    add_report_overview_command,
    add_people_setup_command,
    add_people_import_command,
    add_people_list_command,
    add_people_show_command,
    add_people_export_command,
    add_audit_verify_command,
    add_audit_log_command,
    add_people_progress_command,
    add_plans_set_command,
    add_plans_show_command,
    add_plans_history_command,
    add_plans_route_command,
    add_storm_calls_command,
    add_storm_record_command,
    add_storm_pending_command,
    add_people_sheet_command,
    add_people_roster_command,
    add_people_drill_command,
    add_map_districts_command,
    add_plan_commands,
    add_manual_commands,
    add_manual_new_command,
    add_ref_command,
    add_manual_cards_command,
    add_manual_checklists_command,
    add_karte_import_command,
    add_karte_show_command,
    add_karte_compare_command,
    add_karte_template_command,
    add_drill_check_command,
    add_drill_run_commands,
    add_drill_log_commands,
    add_drill_report_command,
    add_drill_actions_commands,
    add_tally_commands,
    add_tally_print_commands,
    add_tally_flags_command,
};

}  // namespace

int run(int argc, char** argv) {
  Context context;
  if (const char* db = std::getenv("BOSAI_DB")) context.database = db;
  if (const char* role = std::getenv("BOSAI_ROLE")) context.role = role;

  CLI::App app{"bosai: district disaster preparedness (地区防災) — shelters, people needing support, routing, drills"};
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand: `bosai roads stats F --json`
  app.option_defaults()->always_capture_default();
  app.add_option("--db", context.database, "SQLite database file (default: $BOSAI_DB or ./bosai.db)");
  app.add_flag("--json", context.json, "Print machine-readable JSON on stdout");
  app.add_flag("-q,--quiet", context.quiet, "No progress messages on stderr");
  app.add_option("--role", context.role,
                 "Who is using personal data: ward_staff, centre_staff, committee, facilitator, supporter "
                 "(default: $BOSAI_ROLE)");
  app.add_option("--passphrase-file", context.passphrase_file,
                 "File whose first line is the people passphrase (else $BOSAI_PASSPHRASE, else a prompt)");
  app.footer(
      "Exit codes: 0 ok, 1 failure, 2 bad input (the message names the file, line and field), 3 an output file "
      "could not be written (nothing was left at its name).");
  for (auto add : kCommands) add(app, context);

  try {
    app.parse(argc, argv);
    return kExitOk;
  } catch (const CLI::RuntimeError& e) {  // a subcommand chose its exit code (e.g. `check` found problems)
    return e.get_exit_code();
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitBadInput;
  } catch (const InputError& e) {
    std::cerr << "bosai: " << e.what() << "\n";
    return kExitBadInput;
  } catch (const OutputError& e) {
    std::cerr << "bosai: " << e.what() << "\n";
    return kExitCannotWrite;
  } catch (const std::exception& e) {
    std::cerr << "bosai: error: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace bosai::cli
