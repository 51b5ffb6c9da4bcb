#pragma once
#include "core/person.h"
#include "people/drill_person.h"
#include "people/session.h"
#include "store/people_repository.h"
#include "text/text_encoding.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::people {

// A registered person whose home lies near one of the points asked about (a tally block with an SOS sign…):
// the pseudonymised view always, the personal fields only for roles that may read them.
struct PersonNear {
  DrillPerson person;
  std::optional<Person> details;  // only with Permission::kReadPersonal
  std::size_t point = 0;          // the index of the point asked about
  double distance_m = 0;
};

struct ImportSummary {
  long long rows = 0;
  long long added = 0;
  long long updated = 0;
  bool written = false;  // false for a --check run
};

// The 避難行動要支援者 register: import, read, export, rosters and drill views, each checked against the
// session's role and written to the audit log.
class PeopleService {
 public:
  explicit PeopleService(Session& session) : session_(session) {}

  // Validates the whole file first (ImportRejected lists every bad row); then writes all rows in one
  // transaction, matching existing entries by 台帳番号. `check_only` validates and writes nothing. `csv` is
  // the file's bytes in `encoding` (kAuto: UTF-8 or Shift_JIS, whichever they are).
  ImportSummary import_register(const std::string& csv, const std::string& file, bool check_only,
                                text::TextEncoding encoding = text::TextEncoding::kAuto);

  std::vector<Person> list(const store::PersonFilter& filter);
  Person get(long long id);
  // For a plan sheet: staff read anyone; the committee and supporters only people who consented to sharing
  // their plan.
  Person get_for_sheet(long long id);
  // Everything, for an export to `target` (named in the audit log).
  std::vector<Person> export_all(const std::string& target);
  // The 町会 roster given to its 名簿管理責任者: only people who consented to sharing the register.
  std::vector<Person> roster(const std::string& association_code);
  std::vector<DrillPerson> drill_view(const std::string& district_code, const std::string& today);
  // People of `district_codes` whose geocoded home lies within `radius_m` of each of `points` (a person near two
  // points is listed under both), by point and then nearest first. Needs the drill view; names, addresses and
  // phones come only with kReadPersonal. `purpose` names the request in the audit log.
  std::vector<PersonNear> near(const std::vector<GeoPoint>& points, double radius_m,
                               const std::vector<std::string>& district_codes, const std::string& purpose,
                               const std::string& today);

 private:
  std::vector<Person> open_all(const std::vector<store::StoredPerson>& stored) const;
  DrillPerson drill_person(const store::StoredPerson& stored, const Person& person, const std::string& today) const;
  Session& session_;
};

// "80代" for someone born 1944-05-01 on 2026-11-23; "" when the birth date is unknown.
std::string age_band(const std::string& birth_date, const std::string& today);
int age_on(const std::string& birth_date, const std::string& today);

}  // namespace bosai::people
