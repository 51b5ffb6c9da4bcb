#pragma once
#include "cli/context.h"
#include "core/document_kind.h"

// The commands every kind of community document has (`bosai plan …`, `bosai manual …`), one file each,
// registered once per kind by add_document_commands.
namespace bosai::cli {

void add_document_import_command(CLI::App& app, Context& context, DocumentKind kind);
void add_document_export_command(CLI::App& app, Context& context, DocumentKind kind);
void add_document_show_command(CLI::App& app, Context& context, DocumentKind kind);
void add_document_history_command(CLI::App& app, Context& context, DocumentKind kind);
void add_document_diff_command(CLI::App& app, Context& context, DocumentKind kind);
void add_document_approve_command(CLI::App& app, Context& context, DocumentKind kind);
void add_document_submit_command(CLI::App& app, Context& context, DocumentKind kind);
void add_document_archive_command(CLI::App& app, Context& context, DocumentKind kind);
void add_document_overdue_command(CLI::App& app, Context& context, DocumentKind kind);

void add_document_commands(CLI::App& app, Context& context, DocumentKind kind);

}  // namespace bosai::cli
