// `bosai manual new SHELTER OUT.md`: a shelter's first manual, started from the model manual.
#include "cli/commands.h"
#include "cli/document_output.h"
#include "cli/store_access.h"
#include "core/calendar_date.h"
#include "services/manual_drafts.h"
#include "services/output_files.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct NewOptions {
  std::string shelter;
  std::string out;
  std::string model;
};
}  // namespace

void add_manual_new_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<NewOptions>();
  auto* cmd = document_group(app, DocumentKind::kShelterManual)
                  .add_subcommand("new", "Start a shelter's manual from the model manual (plans/manuals/model.md): "
                                         "write it, edit it with the committee, then `manual import` it");
  cmd->add_option("SHELTER", o->shelter, document_words(DocumentKind::kShelterManual).owner_help)->required();
  cmd->add_option("OUT", o->out, "The Markdown file to write")->required();
  cmd->add_option("--model", o->model, "Another model manual (default: the shipped plans/manuals/model.md)");
  cmd->callback([&context, o] {
    auto store = open_store(context);
    const auto model = o->model.empty() ? sample_path("plans/manuals/model.md") : std::filesystem::path(o->model);
    services::write_file(o->out, services::manual_from_model(*store, o->shelter, model, today_local()));
    if (!context.quiet) std::cerr << o->out << ": " << model.string() << " から作りました\n";
  });
}

}  // namespace bosai::cli
