#include "store/sqlite/sqlite_corrective_action_repository.h"

#include "core/error.h"
#include "store/sqlite/database.h"

namespace bosai::store {
namespace {

constexpr const char* kColumns =
    "id, drill_id, objective, ref, finding, action, owner, due_on, status, closed_by_drill, closed_on, "
    "closing_note, created_at";

CorrectiveAction read_action(Statement& s) {
  CorrectiveAction a;
  a.id = static_cast<long>(s.column_int(0));
  a.drill_id = static_cast<long>(s.column_int(1));
  a.objective = s.column_text(2);
  a.ref = s.column_text(3);
  a.finding = s.column_text(4);
  a.action = s.column_text(5);
  a.owner = s.column_text(6);
  a.due_on = s.column_text(7);
  a.status = s.column_text(8);
  if (const auto by = s.column_optional_int(9)) a.closed_by_drill = static_cast<long>(*by);
  a.closed_on = s.column_text(10);
  a.closing_note = s.column_text(11);
  a.created_at = s.column_text(12);
  return a;
}

}  // namespace

long SqliteCorrectiveActionRepository::add(const CorrectiveAction& a) {
  auto s = db_.prepare(
      "INSERT INTO corrective_action(drill_id, objective, ref, finding, action, owner, due_on, created_at) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id");
  s.bind(1, static_cast<std::int64_t>(a.drill_id)).bind(2, a.objective).bind(3, a.ref).bind(4, a.finding);
  s.bind(5, a.action).bind(6, a.owner).bind(7, a.due_on).bind(8, a.created_at);
  s.step();
  const long id = static_cast<long>(s.column_int(0));
  s.reset();
  return id;
}

std::optional<CorrectiveAction> SqliteCorrectiveActionRepository::find(long id) const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns + " FROM corrective_action WHERE id = ?1");
  s.bind(1, static_cast<std::int64_t>(id));
  if (!s.step()) return std::nullopt;
  return read_action(s);
}

std::vector<CorrectiveAction> SqliteCorrectiveActionRepository::list() const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns + " FROM corrective_action ORDER BY id");
  std::vector<CorrectiveAction> out;
  while (s.step()) out.push_back(read_action(s));
  return out;
}

void SqliteCorrectiveActionRepository::close(long id, std::optional<long> closed_by_drill,
                                             const std::string& closed_on, const std::string& note) {
  // Only an open row matches, so two closings racing on one action cannot both land: the loser changes
  // nothing and is told why below.
  auto s = db_.prepare(
      "UPDATE corrective_action SET status = 'closed', closed_by_drill = ?2, closed_on = ?3, closing_note = ?4 "
      "WHERE id = ?1 AND status = 'open'");
  s.bind(1, static_cast<std::int64_t>(id));
  if (closed_by_drill) {
    s.bind(2, static_cast<std::int64_t>(*closed_by_drill));
  } else {
    s.bind_null(2);
  }
  s.bind(3, closed_on).bind(4, note);
  s.run();
  if (db_.changes() > 0) return;
  const auto existing = find(id);
  if (!existing) throw NotFoundError("", 0, "action", "no corrective action with id " + std::to_string(id));
  throw InputError("", 0, "action",
                   "corrective action " + std::to_string(id) + " is already closed (" + existing->closed_on + ")");
}

}  // namespace bosai::store
