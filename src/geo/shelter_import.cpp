#include "geo/shelter_import.h"

#include "core/error.h"
#include "geo/district_locator.h"
#include "geo/shelter_file.h"
#include "store/shelter_repository.h"
#include "store/store.h"
#include "store/ward_repository.h"

namespace bosai::geo {
namespace {

struct FieldOps {
  std::string name;
  std::function<bool(const Shelter&, const Shelter&)> equal;
  std::function<void(Shelter&, const Shelter&)> copy;
};

template <auto Member>
FieldOps member_field(const char* name) {
  return FieldOps{name, [](const Shelter& a, const Shelter& b) { return a.*Member == b.*Member; },
                  [](Shelter& to, const Shelter& from) { to.*Member = from.*Member; }};
}

const std::vector<FieldOps>& field_ops() {
  static const std::vector<FieldOps> ops = {
      member_field<&Shelter::kind>("kind"),
      member_field<&Shelter::name>("name"),
      member_field<&Shelter::name_kana>("name_kana"),
      member_field<&Shelter::name_en>("name_en"),
      member_field<&Shelter::municipality>("municipality"),
      member_field<&Shelter::address>("address"),
      FieldOps{"position",
               [](const Shelter& a, const Shelter& b) {
                 return a.position.lat == b.position.lat && a.position.lon == b.position.lon;
               },
               [](Shelter& to, const Shelter& from) { to.position = from.position; }},
      member_field<&Shelter::district_code>("district"),
      member_field<&Shelter::hazards>("hazards"),
      member_field<&Shelter::accepted_people>("accepted_people"),
      member_field<&Shelter::same_address>("same_address"),
      member_field<&Shelter::other_notes>("other_notes"),
      member_field<&Shelter::remarks>("remarks"),
      member_field<&Shelter::contact>("contact"),
      member_field<&Shelter::url>("url"),
      member_field<&Shelter::capacity>("capacity"),
      member_field<&Shelter::floor_area_m2>("floor_area"),
      member_field<&Shelter::effective_from>("effective_from"),
      member_field<&Shelter::effective_to>("effective_to"),
      member_field<&Shelter::source_no>("source_no"),
  };
  return ops;
}

}  // namespace

const std::vector<std::string>& shelter_fields() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& f : field_ops()) out.push_back(f.name);
    return out;
  }();
  return names;
}

std::vector<Shelter> merge_shelters(const std::map<std::string, Shelter>& existing, const IncomingShelters& incoming,
                                    const std::string& file, ImportReport& report) {
  std::vector<Shelter> to_write;
  for (const auto& in : incoming.records) {
    auto it = existing.find(in.shelter.id);
    if (it == existing.end()) {
      if (incoming.update_only) {
        throw InputError(file, in.line, "共通ID", "no shelter " + in.shelter.id + " to update (import it first)");
      }
      report.added.push_back(in.shelter.id);
      to_write.push_back(in.shelter);
      continue;
    }
    Shelter merged = it->second;
    std::vector<std::string> changed;
    for (const auto& f : field_ops()) {
      if (!incoming.fields.count(f.name) || f.equal(merged, in.shelter)) continue;
      f.copy(merged, in.shelter);
      changed.push_back(f.name);
    }
    if (changed.empty()) {
      ++report.unchanged;
    } else {
      report.updated.emplace_back(in.shelter.id, std::move(changed));
      to_write.push_back(std::move(merged));
    }
  }
  return to_write;
}

ImportReport import_shelters(store::Store& store, const std::filesystem::path& file, const ImportOptions& options) {
  auto say = [&](const std::string& line) {
    if (options.progress) options.progress(line);
  };
  const auto format = options.format.value_or(shelter_format_of(file));
  const auto table = read_shelter_table(file, format);
  say(file.string() + ": " + std::to_string(table.records.size()) + " records read");
  const DistrictLocator districts(store.wards().load().districts);
  const auto incoming = shelters_from_table(table, districts, options.records);

  ImportReport report;
  std::map<std::string, Shelter> existing;
  for (auto& s : store.shelters().list()) existing.emplace(s.id, std::move(s));
  const auto to_write = merge_shelters(existing, incoming, file.string(), report);
  if (options.check_only || to_write.empty()) return report;
  say("writing " + std::to_string(to_write.size()) + " shelters");
  store.atomically([&] { store.shelters().save(to_write); });
  return report;
}

}  // namespace bosai::geo
