// Protects the drill record a replay and a resume read: events numbered per drill in the order appended, the
// scenario kept as run, and nothing of either changed or removed afterwards (the schema refuses it).
#include "store/drill_repository.h"

#include "store/sample_store.h"
#include "store/store_error.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace bosai {
namespace {

TEST(DrillRepository, EventsAreNumberedPerDrillAndNeverChanged) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "d.db");
  auto& drills = store->drills();
  const long a = drills.create({0, "drills/a.toml", "[scenario]\nname = \"A\"\n", "A", "2026-12-04T10:00:00Z"});
  const long b = drills.create({0, "drills/b.toml", "[scenario]\nname = \"B\"\n", "B", "2026-12-04T10:01:00Z"});
  EXPECT_NE(a, b);
  EXPECT_EQ(drills.append(a, {0, 0, "started", "", "", "{}", "t"}), 1);
  EXPECT_EQ(drills.append(a, {0, 40, "inject", "fire-1", "", "{\"x\":1}", "t"}), 2);
  EXPECT_EQ(drills.append(b, {0, 0, "started", "", "", "{}", "t"}), 1) << "each drill counts its own events";
  EXPECT_EQ(drills.append(a, {0, 45, "decision", "fire-1", "本部", "{}", "t"}), 3);
  const auto events = drills.events(a);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[1].ref, "fire-1");
  EXPECT_EQ(events[1].minute, 40);
  EXPECT_EQ(events[2].author, "本部");
  EXPECT_EQ(drills.find(a)->scenario_text, "[scenario]\nname = \"A\"\n");
  ASSERT_EQ(drills.list().size(), 2u);
  EXPECT_FALSE(drills.find(99));
}

TEST(DrillRepository, AnEventOfNoKnownKindIsRefused) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "d.db");
  const long a = store->drills().create({0, "a.toml", "", "A", "t"});
  EXPECT_ANY_THROW(store->drills().append(a, {0, 0, "teleport", "", "", "{}", "t"}));
  EXPECT_TRUE(store->drills().events(a).empty());
}

TEST(DrillRepository, TheSchemaRefusesToRewriteWhatHappened) {
  test::TempDir dir;
  const auto file = dir / "d.db";
  {
    auto store = test::open_sample_store(file);
    const long a = store->drills().create({0, "a.toml", "[scenario]", "A", "t"});
    store->drills().append(a, {0, 0, "started", "", "", "{}", "t"});
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.string().c_str(), &db), SQLITE_OK);
  for (const char* sql : {"UPDATE drill_event SET body = '{\"forged\":1}'", "DELETE FROM drill_event",
                          "UPDATE drill SET scenario_text = 'other'"}) {
    EXPECT_NE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sql;
  }
  sqlite3_close(db);
}

}  // namespace
}  // namespace bosai
