#include "cli/command_group.h"

#include "cli/parent_command.h"

namespace bosai::cli {

CLI::App& people_group(CLI::App& app) {
  return parent_command(app, "people", "People needing evacuation support (避難行動要支援者) and their plans");
}
CLI::App& plans_group(CLI::App& app) {
  return parent_command(app, "plans", "個別避難計画 (individual evacuation plans), one per person and hazard. For 地区防災計画 see `plan`");
}
CLI::App& storm_group(CLI::App& app) {
  return parent_command(app, "storm", "風水害 preparation: phone rounds to people needing support");
}
CLI::App& audit_group(CLI::App& app) {
  return parent_command(app, "audit", "The tamper-evident log of every access to personal data");
}
CLI::App& karte_group(CLI::App& app) {
  return parent_command(app, "karte", "防災カルテ (risk profile) per 地区: import, show, compare across 地区 and years");
}

CLI::App& drill_group(CLI::App& app) {
  return parent_command(app, "drill", "防災塾 drills: scenarios whose injects change the model (docs/drills.md)");
}

CLI::App& tally_group(CLI::App& app) {
  return parent_command(app, "tally", "安否確認標識掲出訓練: the OK/SOS sign tally (docs/community-drills.md)");
}

}  // namespace bosai::cli
