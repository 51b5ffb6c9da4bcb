#include "store/sqlite/sqlite_storm_call_repository.h"

#include "store/sqlite/database.h"

namespace bosai::store {

long long SqliteStormCallRepository::open_round(const StormRound& round, const std::vector<StormCallEntry>& calls) {
  db_.prepare("INSERT INTO storm_round(opened_at, opened_by, area) VALUES(?1, ?2, ?3)")
      .bind(1, round.opened_at)
      .bind(2, round.opened_by)
      .bind(3, round.area)
      .run();
  const long long id = db_.last_insert_rowid();
  auto insert = db_.prepare("INSERT INTO storm_call(round_id, person_id, rank, score) VALUES(?1, ?2, ?3, ?4)");
  for (const auto& c : calls) {
    insert.bind(1, static_cast<std::int64_t>(id)).bind(2, static_cast<std::int64_t>(c.person_id));
    insert.bind(3, c.rank).bind(4, c.score).run();
  }
  return id;
}

std::optional<StormRound> SqliteStormCallRepository::latest_round() const {
  auto s = db_.prepare("SELECT id, opened_at, opened_by, area FROM storm_round ORDER BY id DESC LIMIT 1");
  if (!s.step()) return std::nullopt;
  return StormRound{s.column_int(0), s.column_text(1), s.column_text(2), s.column_text(3)};
}

std::vector<StormCallEntry> SqliteStormCallRepository::calls(long long round_id) const {
  // The latest outcome per person wins: a second call after "not reached" replaces it.
  auto s = db_.prepare(
      "SELECT c.person_id, c.rank, c.score, coalesce(o.outcome, ''), o.sealed_note, coalesce(o.recorded_at, '') "
      "FROM storm_call c LEFT JOIN storm_call_outcome o ON o.id = (SELECT max(id) FROM storm_call_outcome x "
      "WHERE x.round_id = c.round_id AND x.person_id = c.person_id) WHERE c.round_id = ?1 ORDER BY c.rank");
  s.bind(1, static_cast<std::int64_t>(round_id));
  std::vector<StormCallEntry> out;
  while (s.step()) {
    out.push_back(StormCallEntry{s.column_int(0), static_cast<int>(s.column_int(1)), s.column_double(2),
                                 s.column_text(3), s.column_blob(4), s.column_text(5)});
  }
  return out;
}

bool SqliteStormCallRepository::record(long long round_id, long long person_id, const std::string& outcome,
                                       const std::string& sealed_note, const std::string& at, const std::string& by) {
  auto on_list = db_.prepare("SELECT 1 FROM storm_call WHERE round_id = ?1 AND person_id = ?2");
  on_list.bind(1, static_cast<std::int64_t>(round_id)).bind(2, static_cast<std::int64_t>(person_id));
  if (!on_list.step()) return false;
  auto s = db_.prepare(
      "INSERT INTO storm_call_outcome(round_id, person_id, outcome, sealed_note, recorded_at, recorded_by) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  s.bind(1, static_cast<std::int64_t>(round_id)).bind(2, static_cast<std::int64_t>(person_id)).bind(3, outcome);
  if (sealed_note.empty()) {
    s.bind_null(4);
  } else {
    s.bind_blob(4, sealed_note.data(), static_cast<int>(sealed_note.size()));
  }
  s.bind(5, at).bind(6, by).run();
  return true;
}

}  // namespace bosai::store
