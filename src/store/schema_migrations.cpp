// The schema, as the ordered list of steps that build it. Append new steps; never edit a landed one.
#include "store/migration.h"

namespace bosai::store {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> steps = {
      {1, "ward structure: ward → 地域 → 地区 → 町丁目, and 町会・自治会", R"sql(
CREATE TABLE ward (
  code      TEXT PRIMARY KEY,            -- 全国地方公共団体コード (6 digits with check digit), e.g. 131121
  name      TEXT NOT NULL,
  name_kana TEXT,
  name_en   TEXT
) STRICT;
CREATE TABLE region (                    -- 地域, each with a 総合支所
  code          TEXT PRIMARY KEY,
  ward_code     TEXT NOT NULL REFERENCES ward(code),
  name          TEXT NOT NULL,
  name_en       TEXT,
  branch_office TEXT
) STRICT;
CREATE TABLE district (                  -- 地区, each with a まちづくりセンター
  code          TEXT PRIMARY KEY,
  region_code   TEXT NOT NULL REFERENCES region(code),
  name          TEXT NOT NULL,
  name_en       TEXT,
  centre        TEXT,
  boundary      TEXT                     -- GeoJSON (Multi)Polygon in WGS84, when known
) STRICT;
CREATE TABLE chome (                     -- 町丁目
  code          TEXT PRIMARY KEY,
  district_code TEXT NOT NULL REFERENCES district(code),
  name          TEXT NOT NULL,
  lat           REAL,
  lon           REAL,
  population    INTEGER,
  households    INTEGER
) STRICT;
CREATE INDEX chome_district ON chome(district_code);
CREATE TABLE association (               -- 町会・自治会
  code          TEXT PRIMARY KEY,
  district_code TEXT NOT NULL REFERENCES district(code),
  name          TEXT NOT NULL
) STRICT;
CREATE INDEX association_district ON association(district_code);
)sql"},
  };
  return steps;
}

}  // namespace bosai::store
