#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "services/output_files.h"
#include "people/people_service.h"
#include "people/register_csv.h"

#include <sstream>
#include <iostream>

namespace bosai::cli {

void add_people_export_command(CLI::App& app, Context& context) {
  auto file = std::make_shared<std::filesystem::path>();
  auto* cmd = people_group(app)
                  .add_subcommand("export", "Export the whole register as CSV (ward_staff; logged). Same layout "
                                            "as import");
  cmd->add_option("FILE", *file, "CSV file to write")->required();
  cmd->callback([&context, file] {
    auto access = open_people(context);
    const auto people = people::PeopleService(*access.session).export_all(file->string());
    std::ostringstream csv;
    people::write_register_csv(csv, people);
    services::write_file(*file, csv.str(), services::FileAccess::kPrivate);
    if (!context.quiet) std::cerr << "exported " << people.size() << " people to " << file->string() << "\n";
  });
}

}  // namespace bosai::cli
