#include "store/sqlite/sqlite_tally_repository.h"

#include "core/clock.h"
#include "store/sqlite/database.h"
#include "store/sqlite/transaction.h"

namespace bosai::store {
namespace {

// 地区 codes are [a-z0-9_-]: a comma-joined list needs no quoting.
std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ",") + c;
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t from = 0; from < text.size();) {
    const auto comma = text.find(',', from);
    const auto end = comma == std::string::npos ? text.size() : comma;
    out.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  return out;
}

constexpr const char* kDrillColumns = "id, name, date, start_minute, end_minute, districts, source_file";

TallyDrill read_drill(Statement& s) {
  TallyDrill d;
  d.id = static_cast<long>(s.column_int(0));
  d.name = s.column_text(1);
  d.date = s.column_text(2);
  d.start = static_cast<Minutes>(s.column_int(3));
  d.end = static_cast<Minutes>(s.column_int(4));
  d.districts = split(s.column_text(5));
  d.source_file = s.column_text(6);
  return d;
}

}  // namespace

long SqliteTallyRepository::create(const TallyDrill& d) {
  Transaction tx(db_);
  auto s = db_.prepare(
      "INSERT INTO tally_drill(name, date, start_minute, end_minute, districts, source_file, created_at) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
  s.bind(1, d.name).bind(2, d.date).bind(3, d.start).bind(4, d.end).bind(5, joined(d.districts));
  s.bind(6, d.source_file).bind(7, utc_timestamp());
  s.step();
  const long id = static_cast<long>(s.column_int(0));
  s.reset();
  auto b = db_.prepare(
      "INSERT INTO tally_block(drill_id, seq, block, name, district_code, association_code, dwelling, households, "
      "lat, lon) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  int seq = 0;
  for (const auto& block : d.blocks) {
    b.bind(1, static_cast<std::int64_t>(id)).bind(2, ++seq).bind(3, block.id).bind(4, block.name);
    b.bind(5, block.district_code).bind(6, block.association_code).bind(7, dwelling_code(block.dwelling));
    b.bind(8, static_cast<std::int64_t>(block.households));
    b.bind(9, block.position ? std::optional<double>(block.position->lat) : std::nullopt);
    b.bind(10, block.position ? std::optional<double>(block.position->lon) : std::nullopt);
    b.run();
  }
  tx.commit();
  return id;
}

std::vector<TallyBlock> SqliteTallyRepository::blocks(long drill_id) const {
  auto s = db_.prepare(
      "SELECT block, name, district_code, association_code, dwelling, households, lat, lon FROM tally_block "
      "WHERE drill_id = ?1 ORDER BY seq");
  s.bind(1, static_cast<std::int64_t>(drill_id));
  std::vector<TallyBlock> out;
  while (s.step()) {
    TallyBlock b;
    b.id = s.column_text(0);
    b.name = s.column_text(1);
    b.district_code = s.column_text(2);
    b.association_code = s.column_text(3);
    b.dwelling = parse_dwelling(s.column_text(4)).value_or(Dwelling::kDetached);
    b.households = static_cast<long>(s.column_int(5));
    const auto lat = s.column_optional_double(6);
    const auto lon = s.column_optional_double(7);
    if (lat && lon) b.position = GeoPoint{*lat, *lon};
    out.push_back(std::move(b));
  }
  return out;
}

std::optional<TallyDrill> SqliteTallyRepository::find(long id) const {
  auto s = db_.prepare(std::string("SELECT ") + kDrillColumns + " FROM tally_drill WHERE id = ?1");
  s.bind(1, static_cast<std::int64_t>(id));
  if (!s.step()) return std::nullopt;
  auto d = read_drill(s);
  d.blocks = blocks(d.id);
  return d;
}

std::vector<TallyDrill> SqliteTallyRepository::list() const {
  auto s = db_.prepare(std::string("SELECT ") + kDrillColumns + " FROM tally_drill ORDER BY date, id");
  std::vector<TallyDrill> out;
  while (s.step()) out.push_back(read_drill(s));
  for (auto& d : out) d.blocks = blocks(d.id);
  return out;
}

void SqliteTallyRepository::add_counts(long drill_id, const std::vector<TallyCount>& counts) {
  Transaction tx(db_);
  auto s = db_.prepare(
      "INSERT INTO tally_count(drill_id, seq, block, minute, households, ok, sos, no_sign, visited, source, "
      "entered_by, recorded_at) SELECT ?1, coalesce(max(seq), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 "
      "FROM tally_count WHERE drill_id = ?1");
  const auto now = utc_timestamp();
  for (const auto& c : counts) {
    s.bind(1, static_cast<std::int64_t>(drill_id)).bind(2, c.block).bind(3, c.time);
    s.bind(4, static_cast<std::int64_t>(c.households)).bind(5, static_cast<std::int64_t>(c.ok));
    s.bind(6, static_cast<std::int64_t>(c.sos)).bind(7, static_cast<std::int64_t>(c.no_sign));
    s.bind(8, static_cast<std::int64_t>(c.visited)).bind(9, c.source).bind(10, c.entered_by).bind(11, now);
    s.run();
  }
  tx.commit();
}

std::vector<TallyCount> SqliteTallyRepository::counts(long drill_id) const {
  auto s = db_.prepare(
      "SELECT block, minute, households, ok, sos, no_sign, visited, source, entered_by FROM tally_count "
      "WHERE drill_id = ?1 ORDER BY seq");
  s.bind(1, static_cast<std::int64_t>(drill_id));
  std::vector<TallyCount> out;
  while (s.step()) {
    TallyCount c;
    c.block = s.column_text(0);
    c.time = static_cast<Minutes>(s.column_int(1));
    c.households = static_cast<long>(s.column_int(2));
    c.ok = static_cast<long>(s.column_int(3));
    c.sos = static_cast<long>(s.column_int(4));
    c.no_sign = static_cast<long>(s.column_int(5));
    c.visited = static_cast<long>(s.column_int(6));
    c.source = s.column_text(7);
    c.entered_by = s.column_text(8);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace bosai::store
