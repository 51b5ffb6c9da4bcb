// Protects how 防災カルテ are kept: figures read back with their 出典 and 時点 in karte order, an edition's 地区
// replaced (not merged) on a second save, other editions untouched, and no karte for a 地区 the ward lacks.
#include "store/karte_repository.h"

#include "support/temp_dir.h"
#include "store/sample_store.h"

#include <gtest/gtest.h>

namespace bosai {
namespace {

DistrictKarte karte(const std::string& edition, std::vector<KarteFigure> figures) {
  return DistrictKarte{edition, "ikejiri", "karte.csv", "2026-12-01T00:00:00Z", std::move(figures)};
}

TEST(KarteRepository, FiguresReadBackInKarteOrderWithSourceAndDate) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "k.db");
  // Saved out of order: read back in karte_figure_specs() order.
  store->karte().save(karte("2023", {{"deaths", 31, "被害想定", "2022-05"}, {"population", 40361, "台帳", "2023-01-01"}}));
  const auto k = store->karte().find("2023", "ikejiri");
  ASSERT_TRUE(k);
  ASSERT_EQ(k->figures.size(), 2u);
  EXPECT_EQ(k->figures[0].key, "population");
  EXPECT_EQ(k->figures[0].source, "台帳");
  EXPECT_EQ(k->figures[1].as_of, "2022-05");
  EXPECT_EQ(k->source_file, "karte.csv");
  EXPECT_FALSE(store->karte().find("2023", "taishido"));
  EXPECT_FALSE(store->karte().find("2024", "ikejiri"));
}

TEST(KarteRepository, SavingAnEditionAgainReplacesItAndLeavesOthers) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "k.db");
  store->karte().save(karte("2027", {{"population", 41000, "台帳", "2027"}}));
  store->karte().save(karte("2023", {{"population", 40361, "台帳", "2023"}, {"deaths", 31, "想定", "2022"}}));
  store->karte().save(karte("2023", {{"population", 40400, "台帳", "2023"}}));
  EXPECT_EQ(store->karte().editions(), (std::vector<std::string>{"2023", "2027"}));
  EXPECT_EQ(store->karte().editions_of("ikejiri"), (std::vector<std::string>{"2023", "2027"}));
  const auto k = store->karte().find("2023", "ikejiri");
  EXPECT_EQ(k->value("population"), 40400);
  EXPECT_FALSE(k->find("deaths"));  // replaced, not merged: the correction dropped it
  EXPECT_EQ(store->karte().find("2027", "ikejiri")->value("population"), 41000);
}

TEST(KarteRepository, NoKarteForADistrictTheWardLacks) {
  test::TempDir dir;
  auto store = test::open_sample_store(dir / "k.db");
  auto k = karte("2023", {{"population", 1, "台帳", "2023"}});
  k.district_code = "kasumigaseki";
  EXPECT_ANY_THROW(store->karte().save(k));
  EXPECT_TRUE(store->karte().editions().empty());
}

}  // namespace
}  // namespace bosai
