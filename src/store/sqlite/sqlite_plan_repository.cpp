#include "store/sqlite/sqlite_plan_repository.h"

#include "store/sqlite/database.h"

namespace bosai::store {
namespace {

constexpr const char* kColumns =
    "person_id, hazard, revision, status, author, created_on, last_checked_on, next_review_on, sealed, changed_at, "
    "changed_by";

StoredPlan read_plan(Statement& s) {
  StoredPlan p;
  p.person_id = s.column_int(0);
  p.hazard = parse_plan_hazard(s.column_text(1)).value_or(PlanHazard::kEarthquake);
  p.revision = static_cast<int>(s.column_int(2));
  p.status = parse_plan_status(s.column_text(3)).value_or(PlanStatus::kDraft);
  p.author = parse_plan_author(s.column_text(4)).value_or(PlanAuthor::kSelf);
  p.created_on = s.column_text(5);
  p.last_checked_on = s.column_text(6);
  p.next_review_on = s.column_text(7);
  p.sealed = s.column_blob(8);
  p.changed_at = s.column_text(9);
  p.changed_by = s.column_text(10);
  return p;
}

std::vector<StoredPlan> read_all(Statement& s) {
  std::vector<StoredPlan> out;
  while (s.step()) out.push_back(read_plan(s));
  return out;
}

}  // namespace

int SqlitePlanRepository::append(const StoredPlan& p) {
  auto s = db_.prepare(std::string("INSERT INTO evacuation_plan(") + kColumns +
                       ") SELECT ?1, ?2, coalesce(max(revision), 0) + 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10 "
                       "FROM evacuation_plan WHERE person_id = ?1 AND hazard = ?2 RETURNING revision");
  s.bind(1, static_cast<std::int64_t>(p.person_id)).bind(2, plan_hazard_code(p.hazard));
  s.bind(3, plan_status_code(p.status)).bind(4, plan_author_code(p.author)).bind(5, p.created_on);
  s.bind(6, p.last_checked_on).bind(7, p.next_review_on);
  s.bind_blob(8, p.sealed.data(), static_cast<int>(p.sealed.size())).bind(9, p.changed_at).bind(10, p.changed_by);
  s.step();
  const int revision = static_cast<int>(s.column_int(0));
  s.reset();
  return revision;
}

std::optional<StoredPlan> SqlitePlanRepository::current(long long person_id, PlanHazard hazard) const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns +
                       " FROM evacuation_plan WHERE person_id = ?1 AND hazard = ?2 ORDER BY revision DESC LIMIT 1");
  s.bind(1, static_cast<std::int64_t>(person_id)).bind(2, plan_hazard_code(hazard));
  if (!s.step()) return std::nullopt;
  return read_plan(s);
}

std::vector<StoredPlan> SqlitePlanRepository::history(long long person_id, PlanHazard hazard) const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns +
                       " FROM evacuation_plan WHERE person_id = ?1 AND hazard = ?2 ORDER BY revision");
  s.bind(1, static_cast<std::int64_t>(person_id)).bind(2, plan_hazard_code(hazard));
  return read_all(s);
}

std::vector<StoredPlan> SqlitePlanRepository::all_current() const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns +
                       " FROM evacuation_plan p WHERE revision = (SELECT max(revision) FROM evacuation_plan q "
                       "WHERE q.person_id = p.person_id AND q.hazard = p.hazard) ORDER BY person_id, hazard");
  return read_all(s);
}

}  // namespace bosai::store
