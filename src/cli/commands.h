#pragma once
#include "cli/context.h"

// The `bosai` subcommands, one file each. main.cpp registers every one listed here.
namespace bosai::cli {

void add_version_command(CLI::App& app, Context& context);
void add_init_command(CLI::App& app, Context& context);
void add_check_command(CLI::App& app, Context& context);
void add_backup_command(CLI::App& app, Context& context);
void add_restore_command(CLI::App& app, Context& context);
void add_solve_cvrp_command(CLI::App& app, Context& context);
void add_solve_vrptw_command(CLI::App& app, Context& context);
void add_solve_mcf_command(CLI::App& app, Context& context);
void add_assign_command(CLI::App& app, Context& context);
void add_roads_command(CLI::App& app, Context& context);
void add_route_command(CLI::App& app, Context& context);
void add_supply_plan_command(CLI::App& app, Context& context);
void add_supply_replan_command(CLI::App& app, Context& context);
void add_shelters_import_command(CLI::App& app, Context& context);
void add_shelters_export_command(CLI::App& app, Context& context);
void add_shelters_list_command(CLI::App& app, Context& context);
void add_shelters_status_command(CLI::App& app, Context& context);
void add_summary_command(CLI::App& app, Context& context);
void add_report_overview_command(CLI::App& app, Context& context);
void add_people_setup_command(CLI::App& app, Context& context);
void add_people_import_command(CLI::App& app, Context& context);
void add_people_list_command(CLI::App& app, Context& context);
void add_people_show_command(CLI::App& app, Context& context);
void add_people_export_command(CLI::App& app, Context& context);
void add_audit_verify_command(CLI::App& app, Context& context);
void add_audit_log_command(CLI::App& app, Context& context);
void add_people_progress_command(CLI::App& app, Context& context);
void add_plans_set_command(CLI::App& app, Context& context);
void add_plans_show_command(CLI::App& app, Context& context);
void add_plans_history_command(CLI::App& app, Context& context);
void add_plans_route_command(CLI::App& app, Context& context);
void add_storm_calls_command(CLI::App& app, Context& context);
void add_storm_record_command(CLI::App& app, Context& context);
void add_storm_pending_command(CLI::App& app, Context& context);
void add_people_sheet_command(CLI::App& app, Context& context);
void add_people_roster_command(CLI::App& app, Context& context);
void add_people_drill_command(CLI::App& app, Context& context);
void add_map_districts_command(CLI::App& app, Context& context);
// 地区防災計画 (`plan …`) and 避難所運営マニュアル (`manual …`): the same commands over cli/document_commands.h.
void add_plan_commands(CLI::App& app, Context& context);
void add_manual_commands(CLI::App& app, Context& context);
void add_manual_new_command(CLI::App& app, Context& context);
void add_ref_command(CLI::App& app, Context& context);
void add_manual_cards_command(CLI::App& app, Context& context);
void add_manual_checklists_command(CLI::App& app, Context& context);
void add_karte_import_command(CLI::App& app, Context& context);
void add_karte_show_command(CLI::App& app, Context& context);
void add_karte_compare_command(CLI::App& app, Context& context);
void add_karte_template_command(CLI::App& app, Context& context);
void add_drill_check_command(CLI::App& app, Context& context);
void add_drill_run_commands(CLI::App& app, Context& context);
void add_drill_log_commands(CLI::App& app, Context& context);
void add_drill_report_command(CLI::App& app, Context& context);
void add_drill_actions_commands(CLI::App& app, Context& context);
void add_tally_commands(CLI::App& app, Context& context);
void add_tally_print_commands(CLI::App& app, Context& context);
void add_tally_flags_command(CLI::App& app, Context& context);

}  // namespace bosai::cli
