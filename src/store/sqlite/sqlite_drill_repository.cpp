#include "store/sqlite/sqlite_drill_repository.h"

#include "store/sqlite/database.h"

namespace bosai::store {
namespace {

StoredDrill read_drill(Statement& s) {
  return {s.column_int(0), s.column_text(1), s.column_text(2), s.column_text(3), s.column_text(4)};
}

constexpr const char* kDrillColumns = "id, scenario_file, scenario_text, name, created_at";

}  // namespace

long SqliteDrillRepository::create(const StoredDrill& d) {
  auto s = db_.prepare("INSERT INTO drill(scenario_file, scenario_text, name, created_at) VALUES(?1, ?2, ?3, ?4) "
                       "RETURNING id");
  s.bind(1, d.scenario_file).bind(2, d.scenario_text).bind(3, d.name).bind(4, d.created_at);
  s.step();
  const long id = static_cast<long>(s.column_int(0));
  s.reset();
  return id;
}

std::optional<StoredDrill> SqliteDrillRepository::find(long id) const {
  auto s = db_.prepare(std::string("SELECT ") + kDrillColumns + " FROM drill WHERE id = ?1");
  s.bind(1, static_cast<std::int64_t>(id));
  if (!s.step()) return std::nullopt;
  return read_drill(s);
}

std::vector<StoredDrill> SqliteDrillRepository::list() const {
  auto s = db_.prepare(std::string("SELECT ") + kDrillColumns + " FROM drill ORDER BY id");
  std::vector<StoredDrill> out;
  while (s.step()) out.push_back(read_drill(s));
  return out;
}

long SqliteDrillRepository::append(long drill_id, const DrillEvent& e) {
  auto s = db_.prepare(
      "INSERT INTO drill_event(drill_id, seq, minute, kind, ref, author, body, recorded_at) "
      "SELECT ?1, coalesce(max(seq), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7 FROM drill_event WHERE drill_id = ?1 RETURNING seq");
  s.bind(1, static_cast<std::int64_t>(drill_id)).bind(2, e.minute).bind(3, e.kind).bind(4, e.ref);
  s.bind(5, e.author).bind(6, e.body).bind(7, e.recorded_at);
  s.step();
  const long seq = static_cast<long>(s.column_int(0));
  s.reset();
  return seq;
}

std::vector<DrillEvent> SqliteDrillRepository::events(long drill_id) const {
  auto s = db_.prepare(
      "SELECT seq, minute, kind, ref, author, body, recorded_at FROM drill_event WHERE drill_id = ?1 ORDER BY seq");
  s.bind(1, static_cast<std::int64_t>(drill_id));
  std::vector<DrillEvent> out;
  while (s.step()) {
    out.push_back({static_cast<long>(s.column_int(0)), static_cast<int>(s.column_int(1)), s.column_text(2),
                   s.column_text(3), s.column_text(4), s.column_text(5), s.column_text(6)});
  }
  return out;
}

}  // namespace bosai::store
