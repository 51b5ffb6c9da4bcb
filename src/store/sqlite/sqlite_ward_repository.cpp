#include "store/sqlite/sqlite_ward_repository.h"

#include "store/sqlite/database.h"

namespace bosai::store {
namespace {

std::optional<std::string> non_empty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

District read_district(Statement& s) {
  return District{s.column_text(0), s.column_text(1), s.column_text(2), s.column_text(3), s.column_text(4),
                  s.column_text(5)};
}

constexpr const char* kDistrictColumns = "code, region_code, name, name_en, centre, boundary";

}  // namespace

void SqliteWardRepository::save(const WardStructure& structure) {
  const auto& w = structure.ward;
  db_.prepare(
         "INSERT INTO ward(code, name, name_kana, name_en) VALUES(?1, ?2, ?3, ?4) "
         "ON CONFLICT(code) DO UPDATE SET name = ?2, name_kana = ?3, name_en = ?4")
      .bind(1, w.code)
      .bind(2, w.name)
      .bind(3, non_empty(w.name_kana))
      .bind(4, non_empty(w.name_en))
      .run();

  auto region = db_.prepare(
      "INSERT INTO region(code, ward_code, name, name_en, branch_office) VALUES(?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(code) DO UPDATE SET ward_code = ?2, name = ?3, name_en = ?4, branch_office = ?5");
  for (const auto& r : structure.regions) {
    region.bind(1, r.code).bind(2, r.ward_code).bind(3, r.name).bind(4, non_empty(r.name_en));
    region.bind(5, non_empty(r.branch_office)).run();
  }

  auto district = db_.prepare(
      "INSERT INTO district(code, region_code, name, name_en, centre, boundary) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
      "ON CONFLICT(code) DO UPDATE SET region_code = ?2, name = ?3, name_en = ?4, centre = ?5, "
      "boundary = coalesce(?6, boundary)");
  for (const auto& d : structure.districts) {
    district.bind(1, d.code).bind(2, d.region_code).bind(3, d.name).bind(4, non_empty(d.name_en));
    district.bind(5, non_empty(d.centre)).bind(6, non_empty(d.boundary)).run();
  }

  auto chome = db_.prepare(
      "INSERT INTO chome(code, district_code, name, lat, lon, population, households) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(code) DO UPDATE SET district_code = ?2, name = ?3, "
      "lat = ?4, lon = ?5, population = ?6, households = ?7");
  for (const auto& c : structure.chome) {
    chome.bind(1, c.code).bind(2, c.district_code).bind(3, c.name);
    if (c.point) {
      chome.bind(4, c.point->lat).bind(5, c.point->lon);
    } else {
      chome.bind_null(4).bind_null(5);
    }
    chome.bind(6, c.population ? std::optional<std::int64_t>(*c.population) : std::nullopt);
    chome.bind(7, c.households ? std::optional<std::int64_t>(*c.households) : std::nullopt).run();
  }

  auto association = db_.prepare(
      "INSERT INTO association(code, district_code, name) VALUES(?1, ?2, ?3) "
      "ON CONFLICT(code) DO UPDATE SET district_code = ?2, name = ?3");
  for (const auto& a : structure.associations) association.bind(1, a.code).bind(2, a.district_code).bind(3, a.name).run();
}

WardStructure SqliteWardRepository::load() const {
  WardStructure out;
  auto ward = db_.prepare("SELECT code, name, coalesce(name_kana, ''), coalesce(name_en, '') FROM ward LIMIT 1");
  if (ward.step()) out.ward = Ward{ward.column_text(0), ward.column_text(1), ward.column_text(2), ward.column_text(3)};

  auto regions = db_.prepare(
      "SELECT code, ward_code, name, coalesce(name_en, ''), coalesce(branch_office, '') FROM region ORDER BY rowid");
  while (regions.step()) {
    out.regions.push_back(Region{regions.column_text(0), regions.column_text(1), regions.column_text(2),
                                 regions.column_text(3), regions.column_text(4)});
  }
  auto districts = db_.prepare(std::string("SELECT ") + kDistrictColumns + " FROM district ORDER BY rowid");
  while (districts.step()) out.districts.push_back(read_district(districts));

  auto chome = db_.prepare(
      "SELECT code, district_code, name, lat, lon, population, households FROM chome ORDER BY rowid");
  while (chome.step()) {
    Chome c{chome.column_text(0), chome.column_text(1), chome.column_text(2), std::nullopt, std::nullopt,
            std::nullopt};
    if (!chome.is_null(3) && !chome.is_null(4)) c.point = GeoPoint{chome.column_double(3), chome.column_double(4)};
    if (auto p = chome.column_optional_int(5)) c.population = *p;
    if (auto h = chome.column_optional_int(6)) c.households = *h;
    out.chome.push_back(std::move(c));
  }
  auto associations = db_.prepare("SELECT code, district_code, name FROM association ORDER BY rowid");
  while (associations.step()) {
    out.associations.push_back(
        Association{associations.column_text(0), associations.column_text(1), associations.column_text(2)});
  }
  return out;
}

std::optional<District> SqliteWardRepository::find_district(const std::string& code) const {
  auto s = db_.prepare(std::string("SELECT ") + kDistrictColumns + " FROM district WHERE code = ?1");
  s.bind(1, code);
  if (!s.step()) return std::nullopt;
  return read_district(s);
}

}  // namespace bosai::store
