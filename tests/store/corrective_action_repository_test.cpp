// Protects the improvement plan's record: a corrective action keeps the finding, action, owner and due date it
// was opened with, is closed once (by a later drill or a note) and is never removed, so the plan tracked across
// drills shows what was asked and when it was done.
#include "store/corrective_action_repository.h"

#include "core/error.h"
#include "store/drill_repository.h"
#include "store/sample_store.h"
#include "store/sqlite/database.h"
#include "store/sqlite/migration.h"
#include "store/sqlite/sqlite_corrective_action_repository.h"
#include "store/sqlite/sqlite_drill_repository.h"
#include "store/store_error.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <functional>
#include <string>
#include <utility>

namespace bosai {
namespace {

using store::CorrectiveAction;

long add_drill(store::Store& s, const std::string& name) {
  return s.drills().create({0, "drills/" + name + ".toml", "[scenario]", name, "2026-12-04T10:00:00Z"});
}

CorrectiveAction shelter_opening(long drill_id) {
  CorrectiveAction a;
  a.drill_id = drill_id;
  a.objective = "open-shelter";
  a.ref = "manual:X1311290116111#card-general-initial";
  a.finding = "開設まで45分：鍵の保管場所を誰も知らなかった";
  a.action = "鍵の保管場所をマニュアルの初動カードに明記する";
  a.owner = "池尻小学校 避難所運営委員会";
  a.due_on = "2027-03-31";
  a.created_at = "2026-12-04T12:00:00Z";
  return a;
}

// Which of InputError / NotFoundError `work` threw, and on which field ("" when it threw neither).
std::pair<std::string, std::string> input_error_of(const std::function<void()>& work) {
  try {
    work();
  } catch (const NotFoundError& e) {
    return {"NotFoundError", e.field()};
  } catch (const InputError& e) {
    return {"InputError", e.field()};
  }
  return {"", ""};
}

// What the drill engine writes is what the plan later reads back, Japanese text included, in id order.
TEST(CorrectiveActionRepository, AddedActionsReadBackAsWrittenAndOpen) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "a.db");
  const long drill = add_drill(*store, "夜間地震");
  auto first = shelter_opening(drill);
  first.status = "closed";  // add() opens an action whatever it is handed
  first.closed_on = "2026-12-05";
  const long a = store->actions().add(first);
  auto second = shelter_opening(drill);
  second.objective = "route";
  second.ref = "plan:池尻#evacuation-routes";
  second.finding = "";
  second.action = "避難経路図の通行止め箇所を更新する";
  second.owner = "池尻地区 防災塾";
  const long b = store->actions().add(second);
  EXPECT_LT(a, b);

  const auto found = store->actions().find(a);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->drill_id, drill);
  EXPECT_EQ(found->objective, "open-shelter");
  EXPECT_EQ(found->ref, "manual:X1311290116111#card-general-initial");
  EXPECT_EQ(found->finding, "開設まで45分：鍵の保管場所を誰も知らなかった");
  EXPECT_EQ(found->action, "鍵の保管場所をマニュアルの初動カードに明記する");
  EXPECT_EQ(found->owner, "池尻小学校 避難所運営委員会");
  EXPECT_EQ(found->due_on, "2027-03-31");
  EXPECT_EQ(found->created_at, "2026-12-04T12:00:00Z");
  EXPECT_EQ(found->status, "open");
  EXPECT_FALSE(found->closed_by_drill);
  EXPECT_EQ(found->closed_on, "");
  EXPECT_EQ(found->closing_note, "");

  const auto all = store->actions().list();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, a);
  EXPECT_EQ(all[1].id, b);
  EXPECT_EQ(all[1].ref, "plan:池尻#evacuation-routes");
  EXPECT_EQ(all[1].owner, "池尻地区 防災塾");
  EXPECT_FALSE(store->actions().find(b + 100));
}

// Closing records who closed it how and when, both by a later drill and by a note alone.
TEST(CorrectiveActionRepository, ClosingRecordsTheDrillDateAndNote) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "a.db");
  const long first = add_drill(*store, "a");
  const long later = add_drill(*store, "b");
  const long by_drill = store->actions().add(shelter_opening(first));
  const long by_note = store->actions().add(shelter_opening(first));

  store->actions().close(by_drill, later, "2027-02-10", "次の訓練で12分で開設できた");
  store->actions().close(by_note, std::nullopt, "2027-02-11", "マニュアル改訂で対応");

  const auto closed = store->actions().find(by_drill);
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->status, "closed");
  EXPECT_EQ(closed->closed_by_drill, later);
  EXPECT_EQ(closed->closed_on, "2027-02-10");
  EXPECT_EQ(closed->closing_note, "次の訓練で12分で開設できた");
  EXPECT_EQ(closed->action, "鍵の保管場所をマニュアルの初動カードに明記する") << "closing leaves the action as opened";
  const auto noted = store->actions().find(by_note);
  ASSERT_TRUE(noted);
  EXPECT_EQ(noted->status, "closed");
  EXPECT_FALSE(noted->closed_by_drill);
  EXPECT_EQ(noted->closing_note, "マニュアル改訂で対応");
}

// The first closing is the one on record: a second is refused as bad input and changes nothing.
TEST(CorrectiveActionRepository, ClosingTwiceIsRefused) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "a.db");
  const long drill = add_drill(*store, "a");
  const long id = store->actions().add(shelter_opening(drill));
  store->actions().close(id, std::nullopt, "2027-01-10", "first");
  const auto error = input_error_of([&] { store->actions().close(id, drill, "2027-02-10", "second"); });
  EXPECT_EQ(error, (std::pair<std::string, std::string>{"InputError", "action"}));
  const auto kept = store->actions().find(id);
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->closed_on, "2027-01-10");
  EXPECT_EQ(kept->closing_note, "first");
  EXPECT_FALSE(kept->closed_by_drill);
}

// A mistyped id is reported as not found (the CLI's exit code 2), not as a store failure.
TEST(CorrectiveActionRepository, ClosingAnUnknownActionIsNotFound) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "a.db");
  const auto error = input_error_of([&] { store->actions().close(42, std::nullopt, "2027-01-10", ""); });
  EXPECT_EQ(error, (std::pair<std::string, std::string>{"NotFoundError", "action"}));
}

// An action nobody can act on (no owner, action, section or well-formed date) never enters the plan.
TEST(CorrectiveActionRepository, TheSchemaRefusesAnIncompleteAction) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "a.db");
  const long drill = add_drill(*store, "a");
  auto no_owner = shelter_opening(drill);
  no_owner.owner = "";
  auto no_action = shelter_opening(drill);
  no_action.action = "";
  auto no_ref = shelter_opening(drill);
  no_ref.ref = "";
  auto slashed_date = shelter_opening(drill);
  slashed_date.due_on = "2027/03/31";
  auto no_date = shelter_opening(drill);
  no_date.due_on = "";
  auto unknown_drill = shelter_opening(drill + 100);
  for (const auto& bad : {no_owner, no_action, no_ref, slashed_date, no_date, unknown_drill}) {
    EXPECT_THROW(store->actions().add(bad), store::StoreError) << bad.owner << " " << bad.due_on;
  }
  EXPECT_TRUE(store->actions().list().empty());

  const long id = store->actions().add(shelter_opening(drill));
  EXPECT_THROW(store->actions().close(id, std::nullopt, "", "note"), store::StoreError);
  EXPECT_THROW(store->actions().close(id, std::nullopt, "10 Feb 2027", "note"), store::StoreError);
  EXPECT_THROW(store->actions().close(id, drill + 100, "2027-02-10", "note"), store::StoreError);
  EXPECT_EQ(store->actions().find(id)->status, "open");
}

// Even written outside bosai (sqlite3, a script), the plan cannot lose, reword or reopen an action.
TEST(CorrectiveActionRepository, TheSchemaRefusesToRewriteThePlan) {
  test::TempDir dir;
  const auto file = dir / "a.db";
  {
    auto store = test::open_sample_store(file);
    const long drill = add_drill(*store, "a");
    store->actions().add(shelter_opening(drill));                       // id 1, stays open
    const long closed = store->actions().add(shelter_opening(drill));  // id 2, closed
    store->actions().close(closed, std::nullopt, "2027-01-10", "done");
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.string().c_str(), &db), SQLITE_OK);
  for (const char* sql : {"UPDATE corrective_action SET closing_note = 'forged' WHERE id = 2",
                          "UPDATE corrective_action SET status = 'open', closed_on = '', closing_note = '' "
                          "WHERE id = 2",
                          "UPDATE corrective_action SET owner = 'someone else' WHERE id = 1",
                          "UPDATE corrective_action SET due_on = '2030-01-01' WHERE id = 1",
                          "UPDATE corrective_action SET finding = '' WHERE id = 1",
                          "UPDATE corrective_action SET closing_note = 'open but noted' WHERE id = 1",
                          "DELETE FROM corrective_action WHERE id = 1", "DELETE FROM corrective_action WHERE id = 2"}) {
    EXPECT_NE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sql;
  }
  sqlite3_stmt* count = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM corrective_action", -1, &count, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(count), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(count, 0), 2);
  sqlite3_finalize(count);
  sqlite3_close(db);
}

// A store written before step 8 keeps its drills, and their findings can be added once it is migrated.
TEST(CorrectiveActionRepository, MigratingFromStepSevenKeepsTheDrills) {
  test::TempDir dir;
  store::Database db(dir / "old.db", store::Database::Mode::kCreate);
  store::migrate(db, 7);
  store::SqliteDrillRepository drills(db);
  const long drill = drills.create({0, "drills/a.toml", "[scenario]\nname = \"冬の夕方\"\n", "冬の夕方", "t"});
  drills.append(drill, {0, 0, "started", "", "", "{}", "t"});

  store::migrate(db);
  ASSERT_EQ(store::schema_version(db), store::latest_schema_version());
  ASSERT_EQ(drills.list().size(), 1u);
  EXPECT_EQ(drills.find(drill)->scenario_text, "[scenario]\nname = \"冬の夕方\"\n");
  EXPECT_EQ(drills.events(drill).size(), 1u);
  store::SqliteCorrectiveActionRepository actions(db);
  const long id = actions.add(shelter_opening(drill));
  EXPECT_EQ(actions.find(id)->drill_id, drill);
}

}  // namespace
}  // namespace bosai
