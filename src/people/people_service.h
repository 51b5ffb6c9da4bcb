#pragma once
#include "core/person.h"
#include "people/drill_person.h"
#include "people/session.h"
#include "store/people_repository.h"
#include "text/text_encoding.h"

#include <string>
#include <vector>

namespace bosai::people {

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

 private:
  std::vector<Person> open_all(const std::vector<store::StoredPerson>& stored) const;
  Session& session_;
};

// "80代" for someone born 1944-05-01 on 2026-11-23; "" when the birth date is unknown.
std::string age_band(const std::string& birth_date, const std::string& today);
int age_on(const std::string& birth_date, const std::string& today);

}  // namespace bosai::people
