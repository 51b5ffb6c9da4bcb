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
      {2, "shelters: one record per designation (GSI 共通ID), capacity with its source, status history", R"sql(
CREATE TABLE shelter (
  id              TEXT PRIMARY KEY,      -- GSI 共通ID, or the ward's own id (一時集合所 …)
  kind            TEXT NOT NULL CHECK (kind IN ('gathering_point', 'designated', 'reserve', 'welfare',
                                                'wide_area', 'emergency_site')),
  name            TEXT NOT NULL CHECK (name <> ''),
  name_kana       TEXT,
  name_en         TEXT,
  municipality    TEXT,                  -- 都道府県名及び市町村名
  address         TEXT,
  lat             REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon             REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
  district_code   TEXT REFERENCES district(code),
  hazards         INTEGER NOT NULL DEFAULT 0 CHECK (hazards BETWEEN 0 AND 255),  -- bit i = i-th GSI hazard column
  accepted_people TEXT,                  -- 受入対象者 (福祉避難所)
  same_address    INTEGER NOT NULL DEFAULT 0 CHECK (same_address IN (0, 1)),
  other_notes     TEXT,
  remarks         TEXT,
  contact         TEXT,
  url             TEXT,
  capacity        INTEGER CHECK (capacity >= 0),
  capacity_source TEXT CHECK (capacity_source IN ('official', 'committee', 'estimate')),
  capacity_as_of  TEXT,
  floor_area_m2   REAL CHECK (floor_area_m2 > 0),
  effective_from  TEXT,
  effective_to    TEXT,
  source_no       INTEGER,               -- GSI "NO"
  CHECK ((capacity IS NULL) = (capacity_source IS NULL))
) STRICT;
CREATE INDEX shelter_district ON shelter(district_code);
CREATE TABLE shelter_status (            -- who opened, closed … a shelter, and when; appended, never edited
  seq        INTEGER PRIMARY KEY,
  shelter_id TEXT NOT NULL REFERENCES shelter(id) ON DELETE CASCADE,
  status     TEXT NOT NULL CHECK (status IN ('open', 'closed', 'damaged', 'full')),
  changed_by TEXT NOT NULL CHECK (changed_by <> ''),
  changed_at TEXT NOT NULL,
  note       TEXT
) STRICT;
CREATE INDEX shelter_status_shelter ON shelter_status(shelter_id, seq);
)sql"},
  };
  return steps;
}

}  // namespace bosai::store
