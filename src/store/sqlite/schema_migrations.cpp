// The schema, as the ordered list of steps that build it. Append new steps; never edit a landed one.
#include "store/sqlite/migration.h"

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
      {3, "people needing evacuation support: sealed register, plans with history, storm calls, audit chain", R"sql(
-- Personal fields live only inside `sealed` (XChaCha20-Poly1305, key from the passphrase: docs/people.md).
-- The plain columns are the coarse facts counted for progress and priority; none names a person.
CREATE TABLE people_keyring (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  kdf         TEXT NOT NULL,             -- 'argon2id13'
  salt        BLOB NOT NULL,
  opslimit    INTEGER NOT NULL,
  memlimit    INTEGER NOT NULL,
  key_check   BLOB NOT NULL,             -- keyed BLAKE2b of a constant: tells a wrong passphrase apart
  created_at  TEXT NOT NULL
) STRICT;
CREATE TABLE person (
  id                   INTEGER PRIMARY KEY,
  register_tag         BLOB NOT NULL UNIQUE,  -- keyed hash of the ward's 台帳番号 (matches re-imports)
  district_code        TEXT NOT NULL REFERENCES district(code),
  association_code     TEXT REFERENCES association(code),
  care_level           TEXT NOT NULL DEFAULT '',
  disability_grade     INTEGER NOT NULL DEFAULT 0 CHECK (disability_grade BETWEEN 0 AND 6),
  household            TEXT NOT NULL CHECK (household IN ('alone', 'elderly_only', 'with_others')),
  isolated             INTEGER NOT NULL DEFAULT 0,
  medical_device       INTEGER NOT NULL DEFAULT 0,
  hazard_flood         INTEGER NOT NULL DEFAULT 0,
  hazard_landslide     INTEGER NOT NULL DEFAULT 0,
  hazard_dense_wooden  INTEGER NOT NULL DEFAULT 0,
  consent_register     INTEGER NOT NULL DEFAULT 0,
  consent_register_on  TEXT,
  consent_register_how TEXT,
  consent_plan         INTEGER NOT NULL DEFAULT 0,
  consent_plan_on      TEXT,
  consent_plan_how     TEXT,
  consent_share        INTEGER NOT NULL DEFAULT 0,
  consent_share_on     TEXT,
  consent_share_how    TEXT,
  sealed               BLOB NOT NULL,
  updated_at           TEXT NOT NULL
) STRICT;
CREATE INDEX person_district ON person(district_code);
CREATE INDEX person_association ON person(association_code);

-- 個別避難計画: every change is a new revision; rows are never updated or deleted.
CREATE TABLE evacuation_plan (
  person_id       INTEGER NOT NULL REFERENCES person(id),
  hazard          TEXT NOT NULL CHECK (hazard IN ('earthquake', 'storm')),
  revision        INTEGER NOT NULL CHECK (revision >= 1),
  status          TEXT NOT NULL CHECK (status IN ('draft', 'agreed', 'shared')),
  author          TEXT NOT NULL CHECK (author IN ('self', 'community', 'care_manager')),
  created_on      TEXT NOT NULL,
  last_checked_on TEXT NOT NULL,
  next_review_on  TEXT NOT NULL,
  sealed          BLOB NOT NULL,
  changed_at      TEXT NOT NULL,
  changed_by      TEXT NOT NULL,
  PRIMARY KEY (person_id, hazard, revision)
) STRICT;
CREATE TRIGGER evacuation_plan_no_update BEFORE UPDATE ON evacuation_plan
BEGIN SELECT RAISE(ABORT, 'evacuation_plan is append-only: a change is a new revision'); END;
CREATE TRIGGER evacuation_plan_no_delete BEFORE DELETE ON evacuation_plan
BEGIN SELECT RAISE(ABORT, 'evacuation_plan is append-only: a change is a new revision'); END;

-- 風水害 phone rounds: the ranked list made when a storm is forecast, and each call's outcome.
CREATE TABLE storm_round (
  id        INTEGER PRIMARY KEY,
  opened_at TEXT NOT NULL,
  opened_by TEXT NOT NULL,
  area      TEXT NOT NULL              -- what was selected (地区 list or polygon file), for the record
) STRICT;
CREATE TABLE storm_call (
  round_id  INTEGER NOT NULL REFERENCES storm_round(id),
  person_id INTEGER NOT NULL REFERENCES person(id),
  rank      INTEGER NOT NULL,
  score     REAL NOT NULL,
  PRIMARY KEY (round_id, person_id)
) STRICT;
CREATE TABLE storm_call_outcome (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL,
  person_id   INTEGER NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('reached', 'will_evacuate', 'needs_transport', 'not_reached')),
  sealed_note BLOB,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  FOREIGN KEY (round_id, person_id) REFERENCES storm_call(round_id, person_id)
) STRICT;

-- Append-only audit log: each entry's hash is a keyed BLAKE2b over the previous hash and its content, and
-- audit_head seals the last one, so edits, deletions and a cut-off tail are all detected.
CREATE TABLE audit_log (
  seq       INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  role      TEXT NOT NULL,
  action    TEXT NOT NULL,
  subject   TEXT NOT NULL,
  detail    TEXT NOT NULL,
  prev_hash BLOB NOT NULL,
  hash      BLOB NOT NULL
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TABLE audit_head (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  INTEGER NOT NULL,
  mac  BLOB NOT NULL
) STRICT;
)sql"},
      // Written as step 4 on the docs branch: steps must be contiguous (latest = count), so the lead renumbers
      // it at merge if another branch's step 4 lands first.
      {4, "地区防災計画: every version of each 地区's plan, text locked once stored, one approved at a time", R"sql(
CREATE TABLE district_plan (
  district_code     TEXT NOT NULL REFERENCES district(code),
  version           INTEGER NOT NULL CHECK (version >= 1),
  label             TEXT NOT NULL CHECK (label <> ''),   -- 版: 令和7年度版 …
  status            TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'superseded', 'archived')),
  created_on        TEXT NOT NULL,                       -- YYYY-MM-DD; '' below means not set
  approved_on       TEXT NOT NULL DEFAULT '',
  approving_body    TEXT NOT NULL DEFAULT '',            -- 地区区民防災会議 …
  effective_on      TEXT NOT NULL DEFAULT '',
  last_reviewed_on  TEXT NOT NULL DEFAULT '',
  next_review_on    TEXT NOT NULL,
  body              TEXT NOT NULL,                       -- the Markdown after the header, as imported
  source            TEXT NOT NULL,
  imported_at       TEXT NOT NULL,
  status_changed_at TEXT NOT NULL,
  PRIMARY KEY (district_code, version),
  CHECK (status <> 'approved' OR (approved_on <> '' AND approving_body <> ''))
) STRICT;
CREATE UNIQUE INDEX district_plan_one_approved ON district_plan(district_code) WHERE status = 'approved';
CREATE TRIGGER district_plan_text_locked BEFORE UPDATE OF district_code, version, label, created_on, effective_on,
  last_reviewed_on, next_review_on, body, source, imported_at ON district_plan
BEGIN SELECT RAISE(ABORT, 'district_plan text is locked: an edited plan is a new version'); END;
CREATE TRIGGER district_plan_approval_locked BEFORE UPDATE OF approved_on, approving_body ON district_plan
  WHEN OLD.status IN ('approved', 'superseded', 'archived')
   AND (NEW.approved_on IS NOT OLD.approved_on OR NEW.approving_body IS NOT OLD.approving_body)
BEGIN SELECT RAISE(ABORT, 'district_plan approval is recorded once'); END;
CREATE TRIGGER district_plan_no_delete BEFORE DELETE ON district_plan
BEGIN SELECT RAISE(ABORT, 'district_plan keeps every version'); END;
)sql"},
      {5, "防災カルテ: per-地区 figures by edition (karte year), each with its source and date", R"sql(
-- One karte per 地区 and edition; a new year is a new edition and old ones stay, so 地区 compare across years.
-- A figure nobody knows has no row (never a 0). Shelters and 要支援者 are not here: they are counted live.
CREATE TABLE karte (
  edition       TEXT NOT NULL CHECK (edition <> ''),  -- YYYY, YYYY-MM or YYYY-MM-DD (sorts in time order)
  district_code TEXT NOT NULL REFERENCES district(code),
  source_file   TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  PRIMARY KEY (edition, district_code)
) STRICT;
CREATE TABLE karte_figure (
  edition       TEXT NOT NULL,
  district_code TEXT NOT NULL,
  figure        TEXT NOT NULL CHECK (figure <> ''),   -- key, e.g. population (src/core/karte.cpp)
  value         REAL NOT NULL,
  source        TEXT NOT NULL CHECK (source <> ''),   -- 出典
  as_of         TEXT NOT NULL CHECK (as_of <> ''),    -- 時点
  PRIMARY KEY (edition, district_code, figure),
  FOREIGN KEY (edition, district_code) REFERENCES karte(edition, district_code) ON DELETE CASCADE
) STRICT;
)sql"},
      {6, "避難所運営マニュアル: every version of each shelter's manual, as 地区防災計画 versions are kept", R"sql(
-- The same shape and locks as district_plan (step 4). No foreign key to shelter: the registry is replaced on
-- re-import, and a manual's versions outlive a shelter leaving it (its history stays readable).
CREATE TABLE shelter_manual (
  shelter_id        TEXT NOT NULL CHECK (shelter_id <> ''),  -- GSI 共通ID
  version           INTEGER NOT NULL CHECK (version >= 1),
  label             TEXT NOT NULL CHECK (label <> ''),
  status            TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'superseded', 'archived')),
  created_on        TEXT NOT NULL,
  approved_on       TEXT NOT NULL DEFAULT '',
  approving_body    TEXT NOT NULL DEFAULT '',                -- 避難所運営委員会 …
  effective_on      TEXT NOT NULL DEFAULT '',
  last_reviewed_on  TEXT NOT NULL DEFAULT '',
  next_review_on    TEXT NOT NULL,
  body              TEXT NOT NULL,
  source            TEXT NOT NULL,
  imported_at       TEXT NOT NULL,
  status_changed_at TEXT NOT NULL,
  PRIMARY KEY (shelter_id, version),
  CHECK (status <> 'approved' OR (approved_on <> '' AND approving_body <> ''))
) STRICT;
CREATE UNIQUE INDEX shelter_manual_one_approved ON shelter_manual(shelter_id) WHERE status = 'approved';
CREATE TRIGGER shelter_manual_text_locked BEFORE UPDATE OF shelter_id, version, label, created_on, effective_on,
  last_reviewed_on, next_review_on, body, source, imported_at ON shelter_manual
BEGIN SELECT RAISE(ABORT, 'shelter_manual text is locked: an edited manual is a new version'); END;
CREATE TRIGGER shelter_manual_approval_locked BEFORE UPDATE OF approved_on, approving_body ON shelter_manual
  WHEN OLD.status IN ('approved', 'superseded', 'archived')
   AND (NEW.approved_on IS NOT OLD.approved_on OR NEW.approving_body IS NOT OLD.approving_body)
BEGIN SELECT RAISE(ABORT, 'shelter_manual approval is recorded once'); END;
CREATE TRIGGER shelter_manual_no_delete BEFORE DELETE ON shelter_manual
BEGIN SELECT RAISE(ABORT, 'shelter_manual keeps every version'); END;
)sql"},
      {7, "Drills: each run with the scenario as run, and its events in order (the drill's state is their replay)", R"sql(
CREATE TABLE drill (
  id            INTEGER PRIMARY KEY,
  scenario_file TEXT NOT NULL CHECK (scenario_file <> ''),
  scenario_text TEXT NOT NULL,      -- as run: a later edit of the file changes no past drill
  name          TEXT NOT NULL,
  created_at    TEXT NOT NULL
) STRICT;
CREATE TABLE drill_event (
  drill_id    INTEGER NOT NULL REFERENCES drill(id),
  seq         INTEGER NOT NULL CHECK (seq >= 1),
  minute      INTEGER NOT NULL CHECK (minute >= 0),   -- drill time
  kind        TEXT NOT NULL CHECK (kind IN ('started', 'clock', 'inject', 'replan', 'decision', 'observation',
                                             'rating', 'ended')),
  ref         TEXT NOT NULL DEFAULT '',
  author      TEXT NOT NULL DEFAULT '',
  body        TEXT NOT NULL DEFAULT '{}',
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (drill_id, seq)
) STRICT;
-- A replayed drill must be the drill that happened: its events are never changed or removed.
CREATE TRIGGER drill_event_append_only BEFORE UPDATE ON drill_event
BEGIN SELECT RAISE(ABORT, 'drill events are never changed'); END;
CREATE TRIGGER drill_event_no_delete BEFORE DELETE ON drill_event
BEGIN SELECT RAISE(ABORT, 'drill events are never removed'); END;
CREATE TRIGGER drill_scenario_locked BEFORE UPDATE OF scenario_text ON drill
BEGIN SELECT RAISE(ABORT, 'a drill keeps the scenario it ran'); END;
)sql"},
      {8, "Improvement plan: corrective actions from drill findings, each with owner and due date", R"sql(
-- An action is tracked across drills until a later drill (or a note) closes it. What was found and promised
-- stays as first written, so the plan shows what was asked and not a later rewording; only the closing is added.
CREATE TABLE corrective_action (
  id              INTEGER PRIMARY KEY,
  drill_id        INTEGER NOT NULL REFERENCES drill(id),   -- the drill whose finding opened it
  objective       TEXT NOT NULL,                          -- objective id in that drill's scenario
  ref             TEXT NOT NULL CHECK (ref <> ''),        -- plan:地区#section or manual:SHELTER#section
  finding         TEXT NOT NULL,
  action          TEXT NOT NULL CHECK (action <> ''),
  owner           TEXT NOT NULL CHECK (owner <> ''),
  due_on          TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_by_drill INTEGER REFERENCES drill(id),           -- the later drill that exercised the section
  closed_on       TEXT NOT NULL DEFAULT ''
                  CHECK (closed_on = '' OR closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  closing_note    TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  CHECK ((status = 'open' AND closed_by_drill IS NULL AND closed_on = '' AND closing_note = '')
      OR (status = 'closed' AND closed_on <> ''))
) STRICT;
CREATE TRIGGER corrective_action_no_delete BEFORE DELETE ON corrective_action
BEGIN SELECT RAISE(ABORT, 'corrective actions are never removed: an action no longer needed is closed'); END;
CREATE TRIGGER corrective_action_closed_locked BEFORE UPDATE ON corrective_action WHEN OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed corrective action is never changed'); END;
CREATE TRIGGER corrective_action_text_locked BEFORE UPDATE OF id, drill_id, objective, ref, finding, action, owner,
  due_on, created_at ON corrective_action
BEGIN SELECT RAISE(ABORT, 'a corrective action keeps what it was opened with: only its closing is added'); END;
)sql"},
      {9, "Sign tally drills (安否確認標識掲出訓練): blocks as listed on the day, block leaders' reports added only", R"sql(
CREATE TABLE tally_drill (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL CHECK (name <> ''),
  date         TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 2879),   -- time of day, JST
  end_minute   INTEGER NOT NULL CHECK (end_minute > start_minute AND end_minute <= 2879),
  districts    TEXT NOT NULL CHECK (districts <> ''),                     -- 地区 codes, comma-joined
  source_file  TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  UNIQUE (name, date)
) STRICT;
CREATE TABLE tally_block (
  drill_id         INTEGER NOT NULL REFERENCES tally_drill(id),
  seq              INTEGER NOT NULL,                                      -- the list's order
  block            TEXT NOT NULL CHECK (block <> ''),
  name             TEXT NOT NULL,
  district_code    TEXT NOT NULL CHECK (district_code <> ''),
  association_code TEXT NOT NULL DEFAULT '',
  dwelling         TEXT NOT NULL CHECK (dwelling IN ('detached', 'apartment')),
  households       INTEGER NOT NULL CHECK (households > 0),
  lat              REAL,
  lon              REAL,
  CHECK ((lat IS NULL) = (lon IS NULL)),
  PRIMARY KEY (drill_id, block)
) STRICT;
-- A report is cumulative for its block at its time; a correction is a later report, so what the figures were
-- at any time of the morning can be read again.
CREATE TABLE tally_count (
  drill_id    INTEGER NOT NULL,
  seq         INTEGER NOT NULL CHECK (seq >= 1),
  block       TEXT NOT NULL,
  minute      INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 2879),
  households  INTEGER NOT NULL CHECK (households >= 0),
  ok          INTEGER NOT NULL CHECK (ok >= 0),
  sos         INTEGER NOT NULL CHECK (sos >= 0),
  no_sign     INTEGER NOT NULL CHECK (no_sign >= 0),
  visited     INTEGER NOT NULL CHECK (visited >= 0 AND visited <= households),
  source      TEXT NOT NULL,
  entered_by  TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  CHECK (ok + sos + no_sign <= households),
  PRIMARY KEY (drill_id, seq),
  FOREIGN KEY (drill_id, block) REFERENCES tally_block(drill_id, block)
) STRICT;
CREATE TRIGGER tally_count_append_only BEFORE UPDATE ON tally_count
BEGIN SELECT RAISE(ABORT, 'tally reports are never changed: enter a later report for the block'); END;
CREATE TRIGGER tally_count_no_delete BEFORE DELETE ON tally_count
BEGIN SELECT RAISE(ABORT, 'tally reports are never removed'); END;
CREATE TRIGGER tally_block_locked BEFORE UPDATE ON tally_block
BEGIN SELECT RAISE(ABORT, 'a tally drill keeps the blocks it was held with'); END;
CREATE TRIGGER tally_block_no_delete BEFORE DELETE ON tally_block
BEGIN SELECT RAISE(ABORT, 'a tally drill keeps the blocks it was held with'); END;
)sql"},
  };
  return steps;
}

}  // namespace bosai::store
