// `bosai plan|manual diff OWNER A B`: what changed between two versions, per section, in the terminal or on paper.
#include "cli/document_commands.h"
#include "cli/document_output.h"
#include "cli/store_access.h"
#include "render/html_pdf.h"
#include "report/document_diff.h"
#include "services/output_files.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct DiffOptions {
  std::string owner;
  int before = 0;
  int after = 0;
  std::string html;
  std::string pdf;
};
}  // namespace

void add_document_diff_command(CLI::App& app, Context& context, DocumentKind kind) {
  auto options = std::make_shared<DiffOptions>();
  const auto& words = document_words(kind);
  auto* cmd = document_group(app, kind).add_subcommand(
      "diff", std::string("What changed between two versions of a ") + document_kind_label(kind) +
                  ", section by section (新旧対照)");
  cmd->add_option(words.owner_arg, options->owner, words.owner_help)->required();
  cmd->add_option("A", options->before, "The older version")->required();
  cmd->add_option("B", options->after, "The newer version")->required();
  cmd->add_option("--html", options->html, "Also write the comparison as a printable A4 HTML page");
  cmd->add_option("--pdf", options->pdf, "Also write it as A4 PDF");
  cmd->callback([&context, options, kind] {
    auto store = open_store(context);
    const auto comparison =
        services::compare_documents(*store, kind, options->owner, options->before, options->after);
    if (!options->html.empty() || !options->pdf.empty()) {
      const auto owner = services::find_document_owner(*store, kind, options->owner);
      const std::string title = (kind == DocumentKind::kDistrictPlan ? owner.name + "地区 " : owner.name + " ") +
                                document_kind_label(kind) + " 新旧対照";
      const auto html = report::document_diff_html(comparison, title);
      if (!options->html.empty()) services::write_file(options->html, html);
      if (!options->pdf.empty()) services::write_file(options->pdf, render::html_to_pdf(html, title));
    }
    if (context.json) {
      std::cout << diff_json(comparison).dump() << "\n";
      return;
    }
    print_diff(std::cout, comparison);
  });
}

}  // namespace bosai::cli
