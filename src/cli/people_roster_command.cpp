#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "services/output_files.h"
#include "core/calendar_date.h"
#include "core/error.h"
#include "people/people_service.h"
#include "people/register_csv.h"
#include "render/html_pdf.h"
#include "report/plan_sheet.h"
#include "cli/flag_names.h"
#include "services/ward_lookup.h"

#include <iostream>
#include <sstream>

namespace bosai::cli {
namespace {
struct RosterOptions {
  std::string association;
  std::filesystem::path out;
};
}  // namespace

void add_people_roster_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<RosterOptions>();
  auto* cmd = people_group(app)
                  .add_subcommand("roster", "The 町会 register list for its 名簿管理責任者: consenting people only "
                                            "(OUT.html printable, OUT.pdf, OUT.csv)");
  cmd->add_option("--association", options->association, "町会・自治会 code or name")->required();
  cmd->add_option("OUT", options->out, "File to write: .html, .pdf (A4 landscape) or .csv")->required();
  cmd->callback([&context, options] {
    const auto ext = options->out.extension().string();
    if (ext != ".html" && ext != ".pdf" && ext != ".csv") {
      throw InputError(options->out.string(), 0, "OUT must end in .html, .pdf or .csv");
    }
    auto access = open_people(context);
    const auto association = with_flags({{"association", "--association"}}, [&] {
      return services::find_association(*access.store, options->association);
    });
    const auto people = people::PeopleService(*access.session).roster(association.code);
    if (ext != ".csv") {
      const auto html = report::roster_html(association, people, today_local());
      const render::PageFormat landscape{render::PageFormat::Size::kA4, true, 12};
      services::write_file(options->out,
                           ext == ".pdf" ? render::html_to_pdf(html, "避難行動要支援者名簿 " + association.name, landscape) : html,
                           services::FileAccess::kPrivate);
    } else {
      std::ostringstream csv;
      people::write_roster_csv(csv, people);
      services::write_file(options->out, csv.str(), services::FileAccess::kPrivate);
    }
    if (!context.quiet) std::cerr << "wrote " << options->out.string() << " (" << people.size() << " people)\n";
  });
}

}  // namespace bosai::cli
