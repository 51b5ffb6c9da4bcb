#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "core/error.h"
#include "people/people_service.h"
#include "plans/toml_fields.h"
#include "text/text_encoding.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

namespace {
struct ImportOptions {
  std::filesystem::path file;
  std::string encoding = "auto";
  bool check = false;
};
}  // namespace

void add_people_import_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<ImportOptions>();
  auto* cmd = people_group(app)
                  .add_subcommand("import", "Import the ward's register CSV (all rows checked; nothing written "
                                            "unless every row is valid)");
  cmd->add_option("FILE", options->file, "Register CSV (layout: docs/people.md)")->required();
  cmd->add_option("--encoding", options->encoding, "auto, utf-8 or shift_jis (CP932)");
  cmd->add_flag("--check", options->check, "Only validate; write nothing");
  cmd->callback([&context, options] {
    const auto encoding = text::parse_text_encoding(options->encoding);
    if (!encoding) throw InputError("--encoding", 0, "must be auto, utf-8 or shift_jis");
    const std::string name = options->file.string();
    const std::string bytes = plans::read_text_file(options->file);
    auto access = open_people(context);
    people::PeopleService service(*access.session);
    const auto summary = service.import_register(bytes, name, options->check, *encoding);
    if (context.json) {
      std::cout << nlohmann::json{{"file", name},
                                  {"rows", summary.rows},
                                  {"added", summary.added},
                                  {"updated", summary.updated},
                                  {"written", summary.written}}
                       .dump()
                << "\n";
    } else if (summary.written) {
      std::cout << name << ": " << summary.rows << " rows imported (" << summary.added << " added, "
                << summary.updated << " updated)\n";
    } else {
      std::cout << name << ": " << summary.rows << " rows, all valid (nothing written: --check)\n";
    }
  });
}

}  // namespace bosai::cli
