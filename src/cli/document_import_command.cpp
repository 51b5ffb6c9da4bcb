// `bosai plan|manual import FILE`: one document file as its owner's next version (or none, when already stored).
#include "cli/document_commands.h"
#include "cli/document_output.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {

void add_document_import_command(CLI::App& app, Context& context, DocumentKind kind) {
  auto file = std::make_shared<std::string>();
  const std::string doc = kind == DocumentKind::kDistrictPlan ? "docs/district-plans.md" : "docs/shelter-manuals.md";
  auto* cmd = document_group(app, kind).add_subcommand(
      "import", std::string("Store a ") + document_kind_label(kind) + " file (" + doc +
                    ") as a new 素案 version; an unchanged text stores nothing");
  cmd->add_option("FILE", *file, "The document (Markdown with a --- header)")->required();
  cmd->callback([&context, file, kind] {
    auto store = open_store(context);
    const auto result = services::import_document(*store, kind, *file);
    if (context.json) {
      nlohmann::json missing = nlohmann::json::array();
      for (const auto& [role, phase] : result.missing_cards) {
        missing.push_back({{"role", documents::manual_role_code(role)}, {"phase", documents::manual_phase_code(phase)}});
      }
      nlohmann::json j{{kind == DocumentKind::kDistrictPlan ? "district" : "shelter", result.owner.code},
                       {"version", result.version},
                       {"created", result.created}};
      if (kind == DocumentKind::kShelterManual) j["missing_cards"] = missing;
      std::cout << j.dump() << "\n";
      return;
    }
    std::cout << result.owner.code << "\t" << result.owner.name << "\t第" << result.version << "版\t"
              << (result.created ? "新しい版として取り込みました" : "変更なし（この版と同じ内容です）") << "\n";
    if (!result.missing_cards.empty() && !context.quiet) {
      std::cerr << "まだないファーストアクションカード（" << result.missing_cards.size() << " 枚）:";
      for (const auto& [role, phase] : result.missing_cards) {
        std::cerr << " " << documents::manual_role_label(role) << "・" << documents::manual_phase_label(phase);
      }
      std::cerr << "\n";
    }
  });
}

}  // namespace bosai::cli
