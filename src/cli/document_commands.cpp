#include "cli/document_commands.h"

#include "cli/commands.h"

namespace bosai::cli {

void add_document_commands(CLI::App& app, Context& context, DocumentKind kind) {
  add_document_import_command(app, context, kind);
  add_document_export_command(app, context, kind);
  add_document_show_command(app, context, kind);
  add_document_history_command(app, context, kind);
  add_document_diff_command(app, context, kind);
  add_document_approve_command(app, context, kind);
  add_document_submit_command(app, context, kind);
  add_document_archive_command(app, context, kind);
  add_document_overdue_command(app, context, kind);
}

void add_plan_commands(CLI::App& app, Context& context) {
  add_document_commands(app, context, DocumentKind::kDistrictPlan);
}

void add_manual_commands(CLI::App& app, Context& context) {
  add_document_commands(app, context, DocumentKind::kShelterManual);
}

}  // namespace bosai::cli
