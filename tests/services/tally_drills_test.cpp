// Protects the sign tally workflow on the shipped sample: the rates per block, 地区 and dwelling type equal an
// independent count of the same CSVs (drills/tally/expected-*.json, written by the generator from its own data),
// the 2026 drill is compared with 2025's, and every bad file is refused whole, naming the line and column, with
// nothing stored. Also: the registered people near SOS or unanswered blocks, shown by name only to staff who may
// read personal data, by pseudonym to a facilitator.
#include "core/error.h"
#include "core/import_rejected.h"
#include "people/people_service.h"
#include "services/sample_ward.h"
#include "services/tally_drills.h"
#include "services/tally_flags.h"
#include "store/audit_repository.h"
#include "store/tally_repository.h"
#include "support/shift_jis.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>

using namespace bosai;
using nlohmann::json;

namespace {

json expected(int year) {
  std::ifstream in(test::SampleWard::sample("drills/tally/expected-" + std::to_string(year) + ".json"));
  return json::parse(in);
}

class TallyDrills : public ::testing::Test {
 protected:
  long load(int year) {
    const auto dir = test::SampleWard::sample("drills/tally");
    const long id = services::create_tally_drill(ward.store(), dir / ("tally-" + std::to_string(year) + ".toml"));
    services::import_tally_counts(ward.store(), id, dir / ("counts-" + std::to_string(year) + ".csv"), "入力係");
    return id;
  }
  // A copy of the sample drill whose blocks or counts a test spoils.
  std::filesystem::path spoiled(const std::string& file, const std::string& from, const std::string& to) {
    std::ifstream in(test::SampleWard::sample("drills/tally") / file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    const auto out = ward.dir() / file;
    std::ofstream(out, std::ios::binary) << text;
    return out;
  }
  // The line of `needle` in a sample file, 1-based.
  static long line_of(const std::string& file, const std::string& needle) {
    std::ifstream in(test::SampleWard::sample("drills/tally") / file);
    std::string line;
    for (long n = 1; std::getline(in, line); ++n) {
      if (line.find(needle) != std::string::npos) return n;
    }
    return 0;
  }
  test::SampleWard ward;
};

void expect_figures(const tally::TallyFigures& f, const json& e, const std::string& what) {
  EXPECT_EQ(f.households, e["households"].get<long>()) << what;
  EXPECT_EQ(f.posted(), e["posted"].get<long>()) << what;
  EXPECT_EQ(f.checked(), e["checked"].get<long>()) << what;
  EXPECT_NEAR(f.posted_rate(), e["posted_rate"].get<double>(), 5e-5) << what;
}

}  // namespace

TEST_F(TallyDrills, TheSampleRatesEqualAnIndependentCountOfItsCsv) {
  for (const int year : {2025, 2026}) {
    const auto e = expected(year);
    const auto r = services::tally_result(ward.store(), load(year));
    for (const auto& b : r.summary.blocks) {
      const auto& eb = e["blocks"][b.block.id];
      EXPECT_EQ(b.figures.households, eb["households"].get<long>()) << b.block.id;
      EXPECT_EQ(b.figures.ok, eb.value("ok", 0L)) << b.block.id;
      EXPECT_EQ(b.figures.sos, eb.value("sos", 0L)) << b.block.id;
      EXPECT_EQ(b.figures.no_sign, eb.value("no_sign", 0L)) << b.block.id;
    }
    for (const auto& [code, f] : r.summary.districts) {
      const auto name = code == "ikejiri" ? "池尻" : "太子堂";
      expect_figures(f, e["districts"][name], std::to_string(year) + " " + name);
    }
    expect_figures(r.summary.dwellings.at(Dwelling::kDetached), e["types"]["戸建て"], "戸建て");
    expect_figures(r.summary.dwellings.at(Dwelling::kApartment), e["types"]["集合住宅"], "集合住宅");
    expect_figures(r.summary.overall, e["overall"], "overall");
    std::vector<std::string> not_done;
    for (const auto* b : r.summary.not_done()) not_done.push_back(b->block.id);
    std::vector<std::string> expected_not_done = e["unchecked"];
    for (const auto& p : e["partial"]) expected_not_done.push_back(p);
    std::sort(not_done.begin(), not_done.end());
    std::sort(expected_not_done.begin(), expected_not_done.end());
    EXPECT_EQ(not_done, expected_not_done) << year;
  }
}

TEST_F(TallyDrills, ThisYearIsComparedWithLastYearsDrillOfTheSameBlocks) {
  const long last_year = load(2025);
  const long this_year = load(2026);
  const auto r = services::tally_result(ward.store(), this_year);
  ASSERT_TRUE(r.previous);
  EXPECT_EQ(r.previous->id, last_year);
  ASSERT_TRUE(r.comparison);
  expect_figures(*r.comparison->overall.before, expected(2025)["overall"], "2025 overall");
  expect_figures(*r.comparison->overall.now, expected(2026)["overall"], "2026 overall");
  EXPECT_EQ(r.comparison->blocks.size(), 40u);
  EXPECT_FALSE(services::tally_result(ward.store(), last_year).previous) << "nothing before the first drill";
}

TEST_F(TallyDrills, TheFiguresAtATimeOfTheMorningUseOnlyTheReportsInByThen) {
  const long id = load(2026);
  const auto early = services::tally_result(ward.store(), id, 9 * 60 + 30).summary;
  const auto late = services::tally_result(ward.store(), id).summary;
  EXPECT_LT(early.overall.checked(), late.overall.checked());
  EXPECT_EQ(late.over_time.back().second.posted(), late.overall.posted());
  for (std::size_t i = 1; i < late.over_time.size(); ++i) {
    EXPECT_GE(late.over_time[i].second.checked(), late.over_time[i - 1].second.checked()) << "reports are cumulative";
  }
}

TEST_F(TallyDrills, ABadCountsFileIsRefusedWholeNamingLineAndColumn) {
  const long id = services::create_tally_drill(ward.store(), test::SampleWard::sample("drills/tally/tally-2026.toml"));
  const std::string file = "counts-2026.csv";
  const std::string first = "ikejiri-1-01,09:30,31,11,0,2,1";
  const long line = line_of(file, first);
  ASSERT_GT(line, 0);
  struct Case {
    std::string to;
    std::string column;
  };
  for (const auto& c : std::vector<Case>{{"ikejiri-1-01,09:30,31,30,1,2,1", "ok"},          // 33 signs, 31 households
                                         {"ikejiri-9-99,09:30,31,11,0,2,1", "block（A列）"},  // unknown block
                                         {"ikejiri-1-01,12:30,31,11,0,2,1", "time"},          // after the drill
                                         {"ikejiri-1-01,08:59,31,11,0,2,1", "time"},          // before it
                                         {"ikejiri-1-01,09:30,31,-1,0,2,1", "ok（D列）"},
                                         {"ikejiri-1-01,09:30,31,11,0,2,40", "visited"}}) {
    const auto path = spoiled(file, first, c.to);
    try {
      services::import_tally_counts(ward.store(), id, path, "入力係");
      ADD_FAILURE() << c.to << " was accepted";
    } catch (const ImportRejected& e) {
      ASSERT_EQ(e.errors().size(), 1u) << e.what();
      EXPECT_EQ(e.errors()[0].line(), line) << e.what();
      EXPECT_NE(e.errors()[0].field().find(c.column.substr(0, c.column.find("（"))), std::string::npos) << e.what();
    }
    EXPECT_TRUE(ward.store().tallies().counts(id).empty()) << "nothing of a refused file is stored";
  }
}

TEST_F(TallyDrills, ABadBlockListIsRefusedWithNothingStored) {
  const std::string file = "blocks.csv";
  const std::string row = "ikejiri-1-01,池尻東町会 1班,ikejiri,ikejiri-1,戸建て,31,35.656328,139.696406";
  const long line = line_of(file, "ikejiri-1-01,");
  for (const auto& [to, field] : std::vector<std::pair<std::string, std::string>>{
           {"ikejiri-1-01,池尻東町会 1班,ikejiri,ikejiri-1,長屋,31,35.656328,139.696406", "type"},
           {"ikejiri-1-01,池尻東町会 1班,kinuta,ikejiri-1,戸建て,31,35.656328,139.696406", "district"},
           {"ikejiri-1-01,池尻東町会 1班,ikejiri,taishido-1,戸建て,31,35.656328,139.696406", "association"},
           {"ikejiri-1-01,池尻東町会 1班,ikejiri,ikejiri-1,戸建て,0,35.656328,139.696406", "households"},
           {"ikejiri-1-01,池尻東町会 1班,ikejiri,ikejiri-1,戸建て,31,139.696406,35.656328", "lat"},
           {"ikejiri-1-01,池尻東町会 1班,ikejiri,ikejiri-1,戸建て,31,35.7000,139.6000", "lat"},
           {"ikejiri-1-02,池尻東町会 1班,ikejiri,ikejiri-1,戸建て,31,35.656328,139.696406", "block"}}) {
    spoiled(file, row, to);
    const auto drill = spoiled("tally-2026.toml", "name = \"", "name = \"x");
    try {
      services::create_tally_drill(ward.store(), drill);
      ADD_FAILURE() << to << " was accepted";
    } catch (const ImportRejected& e) {
      ASSERT_GE(e.errors().size(), 1u);
      const auto& err = e.errors()[0];
      EXPECT_EQ(err.field().substr(0, field.size()), field) << e.what();
      if (field != "block") EXPECT_EQ(err.line(), line) << e.what();
    }
    EXPECT_TRUE(ward.store().tallies().list().empty());
  }
}

TEST_F(TallyDrills, ADrillFileNamesTheKeyAtFaultAndTheSameDrillIsNotStoredTwice) {
  for (const auto& [from, to, key] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"date = \"2026-11-08\"", "date = \"2026-11-31\"", "date"},
           {"end = \"11:30\"", "end = \"08:30\"", "end"},
           {"districts = [\"池尻\", \"太子堂\"]", "districts = [\"池尻\", \"架空\"]", "districts"},
           {"blocks = \"blocks.csv\"", "blocks = \"none.csv\"", "blocks"},
           {"[tally]", "[tally]\nstrat = \"09:00\"", "strat"}}) {
    try {
      services::create_tally_drill(ward.store(), spoiled("tally-2026.toml", from, to));
      ADD_FAILURE() << to;
    } catch (const InputError& e) {
      EXPECT_EQ(e.field(), key) << e.what();
      EXPECT_GT(e.line(), 0) << e.what();
    }
  }
  services::create_tally_drill(ward.store(), test::SampleWard::sample("drills/tally/tally-2026.toml"));
  EXPECT_THROW(services::create_tally_drill(ward.store(), test::SampleWard::sample("drills/tally/tally-2026.toml")),
               InputError);
}

TEST_F(TallyDrills, OneReportAtATimeIsCheckedAsARowWouldBe) {
  const long id = services::create_tally_drill(ward.store(), test::SampleWard::sample("drills/tally/tally-2026.toml"));
  TallyCount c;
  c.block = "ikejiri-1-01";
  c.time = 10 * 60;
  c.households = 31;
  c.ok = 20;
  c.sos = 1;
  c.no_sign = 10;
  c.entered_by = "本部";
  services::add_tally_count(ward.store(), id, c);
  c.ok = 21;
  EXPECT_THROW(services::add_tally_count(ward.store(), id, c), InputError) << "32 > 31";
  c.ok = 1;
  c.time = 12 * 60;
  EXPECT_THROW(services::add_tally_count(ward.store(), id, c), InputError);
  c.time = 10 * 60;
  c.block = "x";
  EXPECT_THROW(services::add_tally_count(ward.store(), id, c), NotFoundError);
  EXPECT_EQ(ward.store().tallies().counts(id).size(), 1u);
}

TEST_F(TallyDrills, ExcelsShiftJisAndJapaneseHeadersReadTheSame) {
  const auto drill = services::find_tally_drill(
      ward.store(), services::create_tally_drill(ward.store(), test::SampleWard::sample("drills/tally/tally-2026.toml")));
  // Japanese headers, full-width digits, saved by Excel as CP932.
  const auto sjis = test::to_cp932("班,時刻,世帯数,無事,SOS,標識なし,訪問\r\nikejiri-1-01,10:00,31,１０,1,5,2\r\n");
  const auto counts = services::read_tally_counts(sjis, "form.csv", drill);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0].ok, 10);
  EXPECT_EQ(counts[0].no_sign, 5);
  EXPECT_EQ(counts[0].visited, 2);
}

TEST_F(TallyDrills, FlagsNameRegisteredPeopleOnlyToStaffWhoMayReadThem) {
  ward.add_sample_people();
  const long id = load(2026);
  const auto result = services::tally_result(ward.store(), id);
  const auto e = expected(2026);
  const auto flagged_for = [&](people::Role role) {
    auto session = ward.session(role);
    return services::tally_flags(*session, result, 120, "2026-11-08");
  };
  const auto staff = flagged_for(people::Role::kWardStaff);
  std::map<std::string, std::set<std::string>> near;  // block → 台帳番号 within 120 m
  for (const auto& f : staff) {
    for (const auto& n : f.people) {
      ASSERT_TRUE(n.details) << "ward staff may read personal data";
      EXPECT_LE(n.distance_m, 120);
      near[f.block.block.id].insert(n.details->details.register_no);
    }
  }
  // The generator's own distance check (its expected file) finds the same people near the same blocks.
  for (const auto& [block, ids] : e["near_people"].items()) {
    const auto& b = e["blocks"][block];
    if (b.value("sos", 0) == 0 && b.value("no_sign", 0) == 0) continue;  // not flagged: nothing to check there
    const std::set<std::string> want(ids.begin(), ids.end());
    EXPECT_EQ(near[block], want) << block;
  }
  const auto facilitator = flagged_for(people::Role::kFacilitator);
  ASSERT_EQ(facilitator.size(), staff.size());
  for (std::size_t i = 0; i < facilitator.size(); ++i) {
    ASSERT_EQ(facilitator[i].people.size(), staff[i].people.size());
    for (std::size_t k = 0; k < facilitator[i].people.size(); ++k) {
      EXPECT_FALSE(facilitator[i].people[k].details) << "a facilitator sees no name, address or phone";
      EXPECT_EQ(facilitator[i].people[k].person.pseudonym, staff[i].people[k].person.pseudonym);
    }
  }
  const auto log = ward.store().audit().entries();
  ASSERT_GE(log.size(), 2u);
  EXPECT_EQ(log.back().action, "near") << "each request is in the audit log";
  EXPECT_EQ(log.back().role, "facilitator");
}
