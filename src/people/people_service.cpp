#include "people/people_service.h"

#include "core/error.h"
#include "core/great_circle.h"
#include "core/import_rejected.h"
#include "people/person_codec.h"
#include "people/register_csv.h"
#include "store/ward_repository.h"

#include <algorithm>
#include <cstdio>

namespace bosai::people {

ImportSummary PeopleService::import_register(const std::string& csv, const std::string& file, bool check_only,
                                             text::TextEncoding encoding) {
  session_.require(Permission::kImport, "import", file);
  const auto ward = session_.store().wards().load();
  auto rows = read_register_csv(csv, file, ward, encoding);
  if (!rows.errors.empty()) throw ImportRejected(file, std::move(rows.errors));
  ImportSummary summary;
  summary.rows = static_cast<long long>(rows.people.size());
  if (check_only) return summary;
  auto& repo = session_.store().people();
  session_.store().atomically([&] {
    const long long before = repo.count();
    for (const auto& person : rows.people) repo.upsert(seal_person(person, session_.keys()));
    summary.added = repo.count() - before;
    summary.updated = summary.rows - summary.added;
    session_.audit().record(session_.role(), "import", file,
                            std::to_string(summary.rows) + " rows: " + std::to_string(summary.added) + " added, " +
                                std::to_string(summary.updated) + " updated");
  });
  summary.written = true;
  return summary;
}

std::vector<Person> PeopleService::open_all(const std::vector<store::StoredPerson>& stored) const {
  std::vector<Person> out;
  out.reserve(stored.size());
  for (const auto& s : stored) out.push_back(open_person(s, session_.keys()));
  return out;
}

std::vector<Person> PeopleService::list(const store::PersonFilter& filter) {
  const std::string subject = "people district=" + filter.district_code + " association=" + filter.association_code;
  session_.require(Permission::kReadPersonal, "list", subject);
  auto people = open_all(session_.store().people().list(filter));
  session_.log("list", subject, std::to_string(people.size()) + " people read");
  return people;
}

Person PeopleService::get(long long id) {
  const std::string subject = "person:" + std::to_string(id);
  session_.require(Permission::kReadPersonal, "show", subject);
  const auto stored = session_.store().people().find(id);
  if (!stored) throw NotFoundError("person", 0, "no person with id " + std::to_string(id));
  Person p = open_person(*stored, session_.keys());
  session_.log("show", subject, "personal fields read");
  return p;
}

Person PeopleService::get_for_sheet(long long id) {
  const std::string subject = "person:" + std::to_string(id);
  if (!allows(session_.role(), Permission::kReadPersonal)) {
    session_.require(Permission::kReadSharedPlan, "sheet", subject);
  }
  const auto stored = session_.store().people().find(id);
  if (!stored) throw NotFoundError("person", 0, "no person with id " + std::to_string(id));
  if (!allows(session_.role(), Permission::kReadPersonal) && !stored->consents.share_plan.given) {
    session_.log("denied:sheet", subject, "no consent to share the plan");
    throw InputError("person", 0, "person " + std::to_string(id) + " has not consented to sharing the plan (計画提供同意)");
  }
  Person p = open_person(*stored, session_.keys());
  session_.log("sheet", subject, "personal fields read for a plan sheet");
  return p;
}

std::vector<Person> PeopleService::export_all(const std::string& target) {
  session_.require(Permission::kExport, "export", target);
  auto people = open_all(session_.store().people().list({}));
  session_.log("export", target, std::to_string(people.size()) + " people exported");
  return people;
}

std::vector<Person> PeopleService::roster(const std::string& association_code) {
  const std::string subject = "association:" + association_code;
  session_.require(Permission::kReadRoster, "roster", subject);
  std::vector<store::StoredPerson> consented;
  for (auto& s : session_.store().people().list({"", association_code})) {
    if (s.consents.share_register.given) consented.push_back(std::move(s));
  }
  auto people = open_all(consented);
  session_.log("roster", subject, std::to_string(people.size()) + " consented people read");
  return people;
}

int age_on(const std::string& birth_date, const std::string& today) {
  if (birth_date.size() != 10 || today.size() != 10) return -1;
  int age = std::stoi(today.substr(0, 4)) - std::stoi(birth_date.substr(0, 4));
  if (today.substr(5) < birth_date.substr(5)) --age;
  return age;
}

std::string age_band(const std::string& birth_date, const std::string& today) {
  const int age = age_on(birth_date, today);
  if (age < 0) return "";
  return std::to_string(age / 10 * 10) + "代";
}

DrillPerson PeopleService::drill_person(const store::StoredPerson& s, const Person& p, const std::string& today) const {
  const std::string code = session_.keys().pseudonym(s.register_tag);
  char hex[12];
  std::snprintf(hex, sizeof hex, "%02X%02X%02X%02X", static_cast<unsigned char>(code[0]),
                static_cast<unsigned char>(code[1]), static_cast<unsigned char>(code[2]), static_cast<unsigned char>(code[3]));
  return DrillPerson{std::string("要支援者-") + hex, s.profile.district_code, age_band(p.details.birth_date, today),
                     s.profile.care_level, s.profile.disability_grade, s.profile.household,
                     s.profile.medical_device, !p.details.language.empty()};
}

std::vector<DrillPerson> PeopleService::drill_view(const std::string& district_code, const std::string& today) {
  const std::string subject = "drill district=" + district_code;
  session_.require(Permission::kDrillView, "drill", subject);
  std::vector<DrillPerson> out;
  for (const auto& s : session_.store().people().list({district_code, ""})) {
    out.push_back(drill_person(s, open_person(s, session_.keys()), today));
  }
  session_.log("drill", subject, std::to_string(out.size()) + " pseudonymised people read");
  return out;
}

std::vector<PersonNear> PeopleService::near(const std::vector<GeoPoint>& points, double radius_m,
                                            const std::vector<std::string>& district_codes,
                                            const std::string& purpose, const std::string& today) {
  session_.require(Permission::kDrillView, "near", purpose);
  const bool personal = allows(session_.role(), Permission::kReadPersonal);
  std::vector<PersonNear> out;
  for (const auto& district : district_codes) {
    for (const auto& s : session_.store().people().list({district, ""})) {
      const Person p = open_person(s, session_.keys());
      if (!p.details.home) continue;
      for (std::size_t i = 0; i < points.size(); ++i) {
        const double d = great_circle_m(*p.details.home, points[i]);
        if (d > radius_m) continue;
        out.push_back({drill_person(s, p, today), personal ? std::optional<Person>(p) : std::nullopt, i, d});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const PersonNear& a, const PersonNear& b) {
    return a.point != b.point ? a.point < b.point : a.distance_m < b.distance_m;
  });
  session_.log("near", purpose,
               std::to_string(out.size()) + (personal ? " people read with personal fields" : " pseudonymised people read"));
  return out;
}

}  // namespace bosai::people
