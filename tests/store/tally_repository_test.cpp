// Protects the sign tally record: a drill keeps the blocks it was held with (position, type, 町会), reports come
// back in the order entered, and neither a report nor a block can be changed or removed afterwards (the schema
// refuses it), so last year's figures stay what they were for the year-on-year comparison.
#include "store/tally_repository.h"

#include "store/sample_store.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace bosai {
namespace {

TallyDrill drill(const std::string& name) {
  TallyDrill d;
  d.name = name;
  d.date = "2026-11-08";
  d.start = 9 * 60;
  d.end = 11 * 60 + 30;
  d.districts = {"ikejiri", "taishido"};
  d.source_file = "tally.toml";
  d.blocks = {{"ikejiri-1-01", "池尻東町会 1班", "ikejiri", "ikejiri-1", Dwelling::kDetached, 31, GeoPoint{35.6563, 139.6964}},
              {"taishido-1-01", "太子堂東町会 1班", "taishido", "", Dwelling::kApartment, 120, std::nullopt}};
  return d;
}

TallyCount report(const std::string& block, Minutes t, long ok) {
  TallyCount c;
  c.block = block;
  c.time = t;
  c.households = 31;
  c.ok = ok;
  c.source = "counts.csv:2";
  c.entered_by = "本部";
  return c;
}

TEST(TallyRepository, ADrillKeepsItsBlocksAndItsReportsInTheOrderEntered) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "t.db");
  auto& tallies = store->tallies();
  const long id = tallies.create(drill("訓練A"));
  tallies.add_counts(id, {report("ikejiri-1-01", 600, 10), report("ikejiri-1-01", 570, 5)});
  const auto back = *tallies.find(id);
  EXPECT_EQ(back.districts, (std::vector<std::string>{"ikejiri", "taishido"}));
  ASSERT_EQ(back.blocks.size(), 2u);
  EXPECT_EQ(back.blocks[0].association_code, "ikejiri-1");
  ASSERT_TRUE(back.blocks[0].position);
  EXPECT_DOUBLE_EQ(back.blocks[0].position->lon, 139.6964);
  EXPECT_EQ(back.blocks[1].dwelling, Dwelling::kApartment);
  EXPECT_FALSE(back.blocks[1].position);
  const auto counts = tallies.counts(id);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].time, 600) << "as entered, not sorted by time";
  EXPECT_EQ(counts[1].source, "counts.csv:2");
  EXPECT_ANY_THROW(tallies.create(drill("訓練A"))) << "the same name and date twice";
  EXPECT_ANY_THROW(tallies.add_counts(id, {report("nowhere", 600, 1)})) << "a block the drill does not have";
  EXPECT_EQ(tallies.counts(id).size(), 2u) << "a refused batch leaves nothing";
  auto too_many = report("ikejiri-1-01", 600, 32);
  EXPECT_ANY_THROW(tallies.add_counts(id, {too_many})) << "the schema refuses more signs than households";
}

TEST(TallyRepository, TheSchemaRefusesToRewriteReportsOrBlocks) {
  test::TempDir dir;
  const auto file = dir / "t.db";
  {
    auto store = test::open_sample_store(file);
    const long id = store->tallies().create(drill("訓練B"));
    store->tallies().add_counts(id, {report("ikejiri-1-01", 600, 10)});
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.string().c_str(), &db), SQLITE_OK);
  for (const char* sql : {"UPDATE tally_count SET ok = 31", "DELETE FROM tally_count", "UPDATE tally_block SET households = 1",
                          "DELETE FROM tally_block"}) {
    EXPECT_NE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sql;
  }
  sqlite3_close(db);
}

}  // namespace
}  // namespace bosai
