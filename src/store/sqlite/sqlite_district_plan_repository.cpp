#include "store/sqlite/sqlite_district_plan_repository.h"

#include "store/sqlite/database.h"

namespace bosai::store {
namespace {

constexpr const char* kColumns =
    "district_code, version, label, status, created_on, approved_on, approving_body, effective_on, "
    "last_reviewed_on, next_review_on, body, source, imported_at, status_changed_at";

StoredDistrictPlan read_plan(Statement& s) {
  StoredDistrictPlan p;
  p.district_code = s.column_text(0);
  p.version = static_cast<int>(s.column_int(1));
  p.label = s.column_text(2);
  p.status = parse_document_status(s.column_text(3)).value_or(DocumentStatus::kDraft);
  p.created_on = s.column_text(4);
  p.approved_on = s.column_text(5);
  p.approving_body = s.column_text(6);
  p.effective_on = s.column_text(7);
  p.last_reviewed_on = s.column_text(8);
  p.next_review_on = s.column_text(9);
  p.body = s.column_text(10);
  p.source = s.column_text(11);
  p.imported_at = s.column_text(12);
  p.status_changed_at = s.column_text(13);
  return p;
}

std::vector<StoredDistrictPlan> read_all(Statement& s) {
  std::vector<StoredDistrictPlan> out;
  while (s.step()) out.push_back(read_plan(s));
  return out;
}

}  // namespace

int SqliteDistrictPlanRepository::append(const StoredDistrictPlan& p) {
  auto s = db_.prepare(std::string("INSERT INTO district_plan(") + kColumns +
                       ") SELECT ?1, coalesce(max(version), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                       "?13 FROM district_plan WHERE district_code = ?1 RETURNING version");
  s.bind(1, p.district_code).bind(2, p.label).bind(3, document_status_code(p.status)).bind(4, p.created_on);
  s.bind(5, p.approved_on).bind(6, p.approving_body).bind(7, p.effective_on).bind(8, p.last_reviewed_on);
  s.bind(9, p.next_review_on).bind(10, p.body).bind(11, p.source).bind(12, p.imported_at);
  s.bind(13, p.status_changed_at);
  s.step();
  const int version = static_cast<int>(s.column_int(0));
  s.reset();
  return version;
}

std::optional<StoredDistrictPlan> SqliteDistrictPlanRepository::find(const std::string& district_code,
                                                                     int version) const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns +
                       " FROM district_plan WHERE district_code = ?1 AND version = ?2");
  s.bind(1, district_code).bind(2, version);
  if (!s.step()) return std::nullopt;
  return read_plan(s);
}

std::vector<StoredDistrictPlan> SqliteDistrictPlanRepository::history(const std::string& district_code) const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns +
                       " FROM district_plan WHERE district_code = ?1 ORDER BY version");
  s.bind(1, district_code);
  return read_all(s);
}

std::vector<StoredDistrictPlan> SqliteDistrictPlanRepository::all() const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns + " FROM district_plan ORDER BY district_code, version");
  return read_all(s);
}

void SqliteDistrictPlanRepository::set_status(const std::string& district_code, int version, DocumentStatus status,
                                              const std::string& approved_on, const std::string& approving_body,
                                              const std::string& changed_at) {
  auto s = db_.prepare(
      "UPDATE district_plan SET status = ?3, approved_on = ?4, approving_body = ?5, status_changed_at = ?6 "
      "WHERE district_code = ?1 AND version = ?2");
  s.bind(1, district_code).bind(2, version).bind(3, document_status_code(status)).bind(4, approved_on);
  s.bind(5, approving_body).bind(6, changed_at).run();
}

}  // namespace bosai::store
