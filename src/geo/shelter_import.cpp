#include "geo/shelter_import.h"

#include "core/error.h"
#include "geo/district_locator.h"
#include "geo/shelter_file.h"
#include "store/shelter_repository.h"
#include "store/store.h"
#include "store/ward_repository.h"

#include <algorithm>
#include <set>

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

std::vector<std::string> merge_shelters(std::map<std::string, Shelter>& state, const IncomingShelters& incoming,
                                        ImportReport& report) {
  std::vector<std::string> touched;
  for (const auto& in : incoming.records) {
    auto it = state.find(in.shelter.id);
    if (it == state.end()) {
      if (incoming.update_only) {
        throw InputError(report.file, in.line, "共通ID", "no shelter " + in.shelter.id + " to update (import it first)");
      }
      report.added.push_back(in.shelter.id);
      touched.push_back(in.shelter.id);
      state.emplace(in.shelter.id, in.shelter);
      continue;
    }
    Shelter& merged = it->second;
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
      touched.push_back(in.shelter.id);
    }
  }
  return touched;
}

std::vector<ImportReport> import_shelters(store::Store& store, const std::vector<std::filesystem::path>& files,
                                          const ImportOptions& options, Progress& progress) {
  const DistrictLocator districts(store.wards().load().districts);
  std::map<std::string, Shelter> state;
  for (auto& s : store.shelters().list()) state.emplace(s.id, std::move(s));

  std::vector<ImportReport> reports;
  std::set<std::string> touched;
  for (const auto& file : files) {
    progress.throw_if_cancelled();
    const auto format = options.format.value_or(shelter_format_of(file));
    const auto table = read_shelter_table(file, format);
    progress.report(file.string() + ": " + std::to_string(table.records.size()) + " records read", -1);
    const auto incoming = shelters_from_table(table, districts, options.records);
    reports.push_back(ImportReport{file.string(), {}, {}, 0});
    for (auto& id : merge_shelters(state, incoming, reports.back())) touched.insert(std::move(id));
  }
  if (options.check_only || touched.empty()) return reports;
  std::vector<Shelter> to_write;
  for (const auto& id : touched) to_write.push_back(state.at(id));
  // Saved in slices so a cancel is heard while writing too; it rolls the whole transaction back.
  const std::string stage = "writing " + std::to_string(to_write.size()) + " shelters";
  constexpr std::size_t kSlice = 64;
  store.atomically([&] {
    for (std::size_t first = 0; first < to_write.size(); first += kSlice) {
      progress.throw_if_cancelled();
      progress.report(stage, static_cast<double>(first) / static_cast<double>(to_write.size()));
      const auto last = std::min(to_write.size(), first + kSlice);
      store.shelters().save({to_write.begin() + static_cast<long>(first), to_write.begin() + static_cast<long>(last)});
    }
    progress.throw_if_cancelled();
  });
  progress.report(stage, 1);
  return reports;
}

}  // namespace bosai::geo
