// `bosai manual cards SHELTER OUT.pdf`: the ファーストアクションカード of a manual, one 担当 and phase a card, A6 or A5.
#include "cli/commands.h"
#include "cli/document_output.h"
#include "cli/manual_output.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "render/fitted_pages.h"
#include "services/output_files.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct CardsOptions {
  std::string shelter;
  std::string out;
  std::string size = "a6";
  std::string role;
  std::string phase;
  int version = 0;
};
}  // namespace

void add_manual_cards_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<CardsOptions>();
  auto* cmd = document_group(app, DocumentKind::kShelterManual)
                  .add_subcommand("cards", "Print the first-action cards (ファーストアクションカード), one a page, as PDF "
                                           "(default: the approved version, else the latest)");
  cmd->add_option("SHELTER", o->shelter, document_words(DocumentKind::kShelterManual).owner_help)->required();
  cmd->add_option("OUT", o->out, "The PDF to write")->required();
  cmd->add_option("--size", o->size, "Card size: a6 (postcard, the default) or a5");
  cmd->add_option("--role", o->role, "Only this 担当 (総務・情報, 避難所, 給食・物資, 救護・衛生, or general …)");
  cmd->add_option("--phase", o->phase, "Only this phase (初動期, 展開期, 安定期, 撤収期, or initial …)");
  cmd->add_option("--version", o->version, "Version number (see `bosai manual history`)");
  cmd->callback([&context, o] {
    if (o->size != "a6" && o->size != "a5") throw InputError("--size", 0, "'" + o->size + "': a6 or a5");
    const auto role = o->role.empty() ? std::nullopt : documents::parse_manual_role(o->role);
    if (!o->role.empty() && !role) throw InputError("--role", 0, "'" + o->role + "' は担当ではありません");
    const auto phase = o->phase.empty() ? std::nullopt : documents::parse_manual_phase(o->phase);
    if (!o->phase.empty() && !phase) throw InputError("--phase", 0, "'" + o->phase + "' は時期ではありません");
    auto store = open_store(context);
    const auto kind = DocumentKind::kShelterManual;
    const auto owner = services::find_document_owner(*store, kind, o->shelter);
    const auto manual = services::document_version(*store, kind, o->shelter, chosen_version(o->version));
    const auto edition = manual_edition(owner, manual);
    std::vector<std::string> pages;
    for (const auto& card : documents::action_cards(services::document_sections(kind, manual))) {
      if ((role && card.role != *role) || (phase && card.phase != *phase)) continue;
      pages.push_back(report::action_card_html(card, edition));
    }
    if (pages.empty()) throw InputError("", 0, "cards", "印刷するカードがありません（--role・--phase を確かめてください）");
    const render::PageFormat format{o->size == "a5" ? render::PageFormat::Size::kA5 : render::PageFormat::Size::kA6,
                                    false, o->size == "a5" ? 10.0 : 7.0};
    // A6 is read at arm's length: 14 pt body at most, never under 8 pt; A5 a size up.
    const double largest = o->size == "a5" ? 18 : 14, smallest = o->size == "a5" ? 10 : 8;
    services::write_file(o->out, render::fitted_pages_pdf(pages, owner.name + " ファーストアクションカード", format,
                                                          largest, smallest));
    if (!context.quiet) std::cerr << o->out << ": " << pages.size() << " 枚（" << report::edition_line(edition) << "）\n";
  });
}

}  // namespace bosai::cli
