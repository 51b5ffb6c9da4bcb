#include "store/sqlite/sqlite_people_repository.h"

#include "core/clock.h"
#include "store/sqlite/database.h"

namespace bosai::store {
namespace {

constexpr const char* kColumns =
    "id, register_tag, district_code, coalesce(association_code, ''), care_level, disability_grade, household, "
    "isolated, medical_device, hazard_flood, hazard_landslide, hazard_dense_wooden, "
    "consent_register, coalesce(consent_register_on, ''), coalesce(consent_register_how, ''), "
    "consent_plan, coalesce(consent_plan_on, ''), coalesce(consent_plan_how, ''), "
    "consent_share, coalesce(consent_share_on, ''), coalesce(consent_share_how, ''), sealed";

ConsentFact read_consent(Statement& s, int first) {
  return ConsentFact{s.column_int(first) != 0, s.column_text(first + 1), s.column_text(first + 2)};
}

StoredPerson read_person(Statement& s) {
  StoredPerson p;
  p.id = s.column_int(0);
  p.register_tag = s.column_blob(1);
  p.profile.district_code = s.column_text(2);
  p.profile.association_code = s.column_text(3);
  p.profile.care_level = s.column_text(4);
  p.profile.disability_grade = static_cast<int>(s.column_int(5));
  p.profile.household = parse_household(s.column_text(6)).value_or(Household::kWithOthers);
  p.profile.isolated = s.column_int(7) != 0;
  p.profile.medical_device = s.column_int(8) != 0;
  p.profile.hazards = HomeHazards{s.column_int(9) != 0, s.column_int(10) != 0, s.column_int(11) != 0};
  p.consents = Consents{read_consent(s, 12), read_consent(s, 15), read_consent(s, 18)};
  p.sealed = s.column_blob(21);
  return p;
}

std::optional<std::string> non_empty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

void bind_consent(Statement& s, int first, const ConsentFact& c) {
  s.bind(first, c.given ? 1 : 0).bind(first + 1, non_empty(c.date)).bind(first + 2, non_empty(c.method));
}

}  // namespace

std::optional<StoredKeyParams> SqlitePeopleRepository::key_params() const {
  auto s = db_.prepare("SELECT kdf, salt, opslimit, memlimit, key_check FROM people_keyring WHERE id = 1");
  if (!s.step()) return std::nullopt;
  return StoredKeyParams{s.column_text(0), s.column_blob(1), static_cast<std::uint64_t>(s.column_int(2)),
                         static_cast<std::uint64_t>(s.column_int(3)), s.column_blob(4)};
}

void SqlitePeopleRepository::save_key_params(const StoredKeyParams& k) {
  auto s = db_.prepare(
      "INSERT INTO people_keyring(id, kdf, salt, opslimit, memlimit, key_check, created_at) "
      "VALUES(1, ?1, ?2, ?3, ?4, ?5, ?6)");
  s.bind(1, k.kdf).bind_blob(2, k.salt.data(), static_cast<int>(k.salt.size()));
  s.bind(3, static_cast<std::int64_t>(k.opslimit)).bind(4, static_cast<std::int64_t>(k.memlimit));
  s.bind_blob(5, k.key_check.data(), static_cast<int>(k.key_check.size())).bind(6, utc_timestamp()).run();
}

long long SqlitePeopleRepository::upsert(const StoredPerson& p) {
  auto s = db_.prepare(
      "INSERT INTO person(register_tag, district_code, association_code, care_level, disability_grade, household, "
      "isolated, medical_device, hazard_flood, hazard_landslide, hazard_dense_wooden, "
      "consent_register, consent_register_on, consent_register_how, consent_plan, consent_plan_on, "
      "consent_plan_how, consent_share, consent_share_on, consent_share_how, sealed, updated_at) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22) "
      "ON CONFLICT(register_tag) DO UPDATE SET district_code = ?2, association_code = ?3, care_level = ?4, "
      "disability_grade = ?5, household = ?6, isolated = ?7, medical_device = ?8, hazard_flood = ?9, "
      "hazard_landslide = ?10, hazard_dense_wooden = ?11, consent_register = ?12, consent_register_on = ?13, "
      "consent_register_how = ?14, consent_plan = ?15, consent_plan_on = ?16, consent_plan_how = ?17, "
      "consent_share = ?18, consent_share_on = ?19, consent_share_how = ?20, sealed = ?21, updated_at = ?22 "
      "RETURNING id");
  const auto& f = p.profile;
  s.bind_blob(1, p.register_tag.data(), static_cast<int>(p.register_tag.size()));
  s.bind(2, f.district_code).bind(3, non_empty(f.association_code)).bind(4, f.care_level);
  s.bind(5, f.disability_grade).bind(6, household_code(f.household)).bind(7, f.isolated ? 1 : 0);
  s.bind(8, f.medical_device ? 1 : 0).bind(9, f.hazards.flood ? 1 : 0).bind(10, f.hazards.landslide ? 1 : 0);
  s.bind(11, f.hazards.dense_wooden ? 1 : 0);
  bind_consent(s, 12, p.consents.share_register);
  bind_consent(s, 15, p.consents.make_plan);
  bind_consent(s, 18, p.consents.share_plan);
  s.bind_blob(21, p.sealed.data(), static_cast<int>(p.sealed.size())).bind(22, utc_timestamp());
  s.step();
  const long long id = s.column_int(0);
  s.reset();
  return id;
}

std::optional<StoredPerson> SqlitePeopleRepository::find(long long id) const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns + " FROM person WHERE id = ?1");
  s.bind(1, static_cast<std::int64_t>(id));
  if (!s.step()) return std::nullopt;
  return read_person(s);
}

std::vector<StoredPerson> SqlitePeopleRepository::list(const PersonFilter& filter) const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns +
                       " FROM person WHERE (?1 IS NULL OR district_code = ?1) AND (?2 IS NULL OR association_code = ?2)"
                       " ORDER BY id");
  s.bind(1, non_empty(filter.district_code)).bind(2, non_empty(filter.association_code));
  std::vector<StoredPerson> out;
  while (s.step()) out.push_back(read_person(s));
  return out;
}

long long SqlitePeopleRepository::count() const {
  auto s = db_.prepare("SELECT count(*) FROM person");
  s.step();
  return s.column_int(0);
}

}  // namespace bosai::store
