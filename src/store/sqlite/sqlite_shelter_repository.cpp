#include "store/sqlite/sqlite_shelter_repository.h"

#include "core/error.h"
#include "store/sqlite/database.h"

namespace bosai::store {
namespace {

constexpr const char* kColumns =
    "id, kind, name, name_kana, name_en, municipality, address, lat, lon, district_code, hazards, accepted_people, "
    "same_address, other_notes, remarks, contact, url, capacity, capacity_source, capacity_as_of, floor_area_m2, "
    "effective_from, effective_to, source_no";

std::optional<std::string> non_empty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::string text_or_empty(Statement& s, int column) { return s.column_optional_text(column).value_or(""); }

Shelter read_shelter(Statement& s) {
  Shelter out;
  out.id = s.column_text(0);
  out.kind = parse_shelter_kind(s.column_text(1)).value_or(ShelterKind::kDesignated);
  out.name = s.column_text(2);
  out.name_kana = text_or_empty(s, 3);
  out.name_en = text_or_empty(s, 4);
  out.municipality = text_or_empty(s, 5);
  out.address = text_or_empty(s, 6);
  out.position = GeoPoint{s.column_double(7), s.column_double(8)};
  out.district_code = text_or_empty(s, 9);
  out.hazards.bits = static_cast<std::uint8_t>(s.column_int(10));
  out.accepted_people = text_or_empty(s, 11);
  out.same_address = s.column_int(12) != 0;
  out.other_notes = text_or_empty(s, 13);
  out.remarks = text_or_empty(s, 14);
  out.contact = text_or_empty(s, 15);
  out.url = text_or_empty(s, 16);
  if (auto people = s.column_optional_int(17)) {
    out.capacity = Capacity{static_cast<long>(*people),
                            parse_capacity_source(s.column_text(18)).value_or(CapacitySource::kEstimate),
                            text_or_empty(s, 19)};
  }
  out.floor_area_m2 = s.column_optional_double(20);
  out.effective_from = text_or_empty(s, 21);
  out.effective_to = text_or_empty(s, 22);
  if (auto no = s.column_optional_int(23)) out.source_no = static_cast<long>(*no);
  return out;
}

}  // namespace

void SqliteShelterRepository::save(const std::vector<Shelter>& shelters) {
  // An upsert, not INSERT OR REPLACE: replacing would delete the row and, through the cascade, its status history.
  auto s = db_.prepare(std::string("INSERT INTO shelter(") + kColumns +
                       ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                       "?19, ?20, ?21, ?22, ?23, ?24) ON CONFLICT(id) DO UPDATE SET kind = ?2, name = ?3, "
                       "name_kana = ?4, name_en = ?5, municipality = ?6, address = ?7, lat = ?8, lon = ?9, "
                       "district_code = ?10, hazards = ?11, accepted_people = ?12, same_address = ?13, "
                       "other_notes = ?14, remarks = ?15, contact = ?16, url = ?17, capacity = ?18, "
                       "capacity_source = ?19, capacity_as_of = ?20, floor_area_m2 = ?21, effective_from = ?22, "
                       "effective_to = ?23, source_no = ?24");
  for (const auto& x : shelters) {
    s.bind(1, x.id).bind(2, shelter_kind_key(x.kind)).bind(3, x.name).bind(4, non_empty(x.name_kana));
    s.bind(5, non_empty(x.name_en)).bind(6, non_empty(x.municipality)).bind(7, non_empty(x.address));
    s.bind(8, x.position.lat).bind(9, x.position.lon).bind(10, non_empty(x.district_code));
    s.bind(11, static_cast<int>(x.hazards.bits)).bind(12, non_empty(x.accepted_people));
    s.bind(13, x.same_address ? 1 : 0).bind(14, non_empty(x.other_notes)).bind(15, non_empty(x.remarks));
    s.bind(16, non_empty(x.contact)).bind(17, non_empty(x.url));
    if (x.capacity) {
      s.bind(18, static_cast<std::int64_t>(x.capacity->people)).bind(19, capacity_source_key(x.capacity->source));
      s.bind(20, non_empty(x.capacity->as_of));
    } else {
      s.bind_null(18).bind_null(19).bind_null(20);
    }
    s.bind(21, x.floor_area_m2).bind(22, non_empty(x.effective_from)).bind(23, non_empty(x.effective_to));
    s.bind(24, x.source_no ? std::optional<std::int64_t>(*x.source_no) : std::nullopt);
    s.run();
  }
}

std::vector<Shelter> SqliteShelterRepository::query(const std::string& where,
                                                    const std::string& parameter) const {
  auto s = db_.prepare(std::string("SELECT ") + kColumns + " FROM shelter " + where + " ORDER BY id");
  if (!where.empty()) s.bind(1, parameter);
  std::vector<Shelter> out;
  while (s.step()) out.push_back(read_shelter(s));
  return out;
}

std::vector<Shelter> SqliteShelterRepository::list() const { return query("", ""); }

std::vector<Shelter> SqliteShelterRepository::list_in_district(const std::string& district_code) const {
  return query("WHERE district_code = ?1", district_code);
}

std::optional<Shelter> SqliteShelterRepository::find(const std::string& id) const {
  auto found = query("WHERE id = ?1", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

long SqliteShelterRepository::count() const {
  auto s = db_.prepare("SELECT count(*) FROM shelter");
  s.step();
  return static_cast<long>(s.column_int(0));
}

void SqliteShelterRepository::record_status(const std::string& shelter_id, const StatusChange& change) {
  if (!find(shelter_id)) throw NotFoundError("", 0, "shelter", "no shelter with id " + shelter_id);
  db_.prepare(
         "INSERT INTO shelter_status(shelter_id, status, changed_by, changed_at, note) VALUES(?1, ?2, ?3, ?4, ?5)")
      .bind(1, shelter_id)
      .bind(2, shelter_status_key(change.status))
      .bind(3, change.changed_by)
      .bind(4, change.changed_at)
      .bind(5, non_empty(change.note))
      .run();
}

namespace {

StatusChange read_change(Statement& s, int first) {
  return StatusChange{parse_shelter_status(s.column_text(first)).value_or(ShelterStatus::kClosed),
                      s.column_text(first + 1), s.column_text(first + 2), text_or_empty(s, first + 3)};
}

}  // namespace

std::vector<StatusChange> SqliteShelterRepository::status_history(const std::string& shelter_id) const {
  auto s = db_.prepare(
      "SELECT status, changed_by, changed_at, note FROM shelter_status WHERE shelter_id = ?1 ORDER BY seq");
  s.bind(1, shelter_id);
  std::vector<StatusChange> out;
  while (s.step()) out.push_back(read_change(s, 0));
  return out;
}

std::vector<std::pair<std::string, StatusChange>> SqliteShelterRepository::current_statuses() const {
  auto s = db_.prepare(
      "SELECT shelter_id, status, changed_by, changed_at, note FROM shelter_status WHERE seq IN "
      "(SELECT max(seq) FROM shelter_status GROUP BY shelter_id) ORDER BY shelter_id");
  std::vector<std::pair<std::string, StatusChange>> out;
  while (s.step()) out.emplace_back(s.column_text(0), read_change(s, 1));
  return out;
}

}  // namespace bosai::store
