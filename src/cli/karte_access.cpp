#include "cli/karte_access.h"

#include "cli/date_option.h"
#include "cli/people_access.h"
#include "cli/store_access.h"
#include "plans/priority_weights_reader.h"

namespace bosai::cli {

void add_karte_live_options(CLI::App& cmd, KarteLiveOptions& options) {
  cmd.add_option("--today", options.today, "Shelters in effect and reviews overdue on this date (default: today)");
  cmd.add_option("--weights", options.weights, "Priority weights (TOML), for the register's 優先度高 count");
}

KarteAccess open_karte(const Context& context, const KarteLiveOptions& options) {
  KarteAccess access;
  access.live.today = date_or_today(options.today, "--today");
  if (context.role.empty()) {
    access.store = open_store(context);
  } else {
    auto people = open_people(context);
    access.store = std::move(people.store);
    access.session = std::move(people.session);
    access.live.session = access.session.get();
    access.live.weights = plans::read_priority_weights(sample_path(options.weights));
  }
  return access;
}

}  // namespace bosai::cli
