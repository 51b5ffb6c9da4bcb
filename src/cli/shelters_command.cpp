#include "cli/shelters_command.h"

#include "cli/parent_command.h"
#include "core/error.h"


namespace bosai::cli {

CLI::App& shelters_subcommand(CLI::App& app) {
  return parent_command(app, "shelters", "Shelter registry: import, export, list, status");
}

nlohmann::json shelter_json(const Shelter& s) {
  nlohmann::json hazards = nlohmann::json::array();
  for (auto h : kAllHazards) {
    if (s.hazards.has(h)) hazards.push_back(hazard_key(h));
  }
  nlohmann::json j = {{"id", s.id},
                      {"kind", shelter_kind_key(s.kind)},
                      {"kind_label", shelter_kind_label(s.kind)},
                      {"name", s.name},
                      {"name_kana", s.name_kana},
                      {"name_en", s.name_en},
                      {"address", s.address},
                      {"lat", s.position.lat},
                      {"lon", s.position.lon},
                      {"district", s.district_code},
                      {"hazards", hazards},
                      {"accepted_people", s.accepted_people},
                      {"contact", s.contact},
                      {"effective_from", s.effective_from},
                      {"effective_to", s.effective_to},
                      {"capacity", nullptr}};
  if (s.capacity) {
    j["capacity"] = {{"people", s.capacity->people},
                     {"source", capacity_source_key(s.capacity->source)},
                     {"as_of", s.capacity->as_of}};
  }
  return j;
}

}  // namespace bosai::cli
