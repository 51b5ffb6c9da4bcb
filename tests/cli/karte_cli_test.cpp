// Protects `bosai karte` as a clerk meets it: a bad file exits 2 naming line and column and stores nothing;
// `show --json` carries the live capacity the `summary` command reports for the same 地区, and unknown figures
// as null; compare across two editions gives the change.
#include "support/cli_runner.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using bosai::test::run_cli;
using bosai::test::TempDir;

namespace {

std::string sample(const std::string& rel) { return (bosai::test::source_dir() / rel).string(); }

std::string karte_db(const TempDir& tmp) {
  const auto db = (tmp / "bosai.db").string();
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"init", "--fresh", "--ward", sample("plans/ward.toml"), "--boundaries",
            sample("plans/sample-district-boundaries.geojson")},
           {"shelters", "import", sample("plans/sample-shelters.csv")},
           {"shelters", "import", sample("plans/sample-capacities.csv")},
           {"karte", "import", sample("plans/sample-karte.csv")}}) {
    auto full = std::vector<std::string>{"--db", db, "-q"};
    full.insert(full.end(), args.begin(), args.end());
    const auto r = run_cli(full);
    EXPECT_EQ(r.exit_code, 0) << r.err;
  }
  return db;
}

}  // namespace

TEST(KarteCli, BadFileExitsTwoNamingLineAndColumnAndStoresNothing) {
  TempDir tmp;
  const auto db = karte_db(tmp);
  bosai::test::write_file(tmp / "bad.csv", "版,地区,人口世帯_出典,人口世帯_時点,人口\n2024,池尻,見本,2024,41000\n"
                                           "2024,太子堂,見本,2024,たくさん\n");
  const auto r = run_cli({"--db", db, "karte", "import", (tmp / "bad.csv").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.csv:3: 人口（E列）: 'たくさん' is not a whole number"), std::string::npos) << r.err;
  const auto show = run_cli({"--db", db, "karte", "show", "池尻", "--edition", "2024"});
  EXPECT_EQ(show.exit_code, 2) << "edition 2024 must not exist: " << show.out;
  EXPECT_EQ(run_cli({"--db", db, "karte", "show", "霞が関"}).exit_code, 2);
}

TEST(KarteCli, ShowCarriesTheSummarysCapacityAndNullForUnknown) {
  TempDir tmp;
  const auto db = karte_db(tmp);
  const auto show = run_cli({"--db", db, "--json", "karte", "show", "祖師谷", "--today", "2026-12-01"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  const auto karte = nlohmann::json::parse(show.out);
  EXPECT_TRUE(karte["figures"]["disability"].is_null());  // blank in the sample: unknown, not 0
  EXPECT_TRUE(karte["figures"]["population"]["value"].is_number_integer());
  EXPECT_TRUE(karte["live"]["support"].is_null());  // no --role: no register figures

  const auto summary = run_cli({"--db", db, "--json", "summary", "--date", "2026-12-01"});
  ASSERT_EQ(summary.exit_code, 0) << summary.err;
  bool found = false;
  const auto districts = nlohmann::json::parse(summary.out)["districts"];
  for (const auto& d : districts) {
    if (d["district"] != "soshigaya") continue;
    found = true;
    EXPECT_GT(d["capacity"], 0);  // else equal zeros would prove nothing
    EXPECT_EQ(karte["live"]["shelters"], d) << d.dump();
  }
  EXPECT_TRUE(found) << summary.out;
}

TEST(KarteCli, CompareTwoEditionsGivesTheChange) {
  TempDir tmp;
  const auto db = karte_db(tmp);
  bosai::test::write_file(tmp / "2024.csv", "版,地区,人口世帯_出典,人口世帯_時点,人口\n2024,ikejiri,見本,2024,41000\n");
  ASSERT_EQ(run_cli({"--db", db, "-q", "karte", "import", (tmp / "2024.csv").string()}).exit_code, 0);
  const auto r = run_cli({"--db", db, "--json", "karte", "compare", "池尻", "--edition", "2023", "--edition", "2024"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto cmp = nlohmann::json::parse(r.out);
  ASSERT_EQ(cmp["districts"].size(), 1u);
  EXPECT_EQ(cmp["districts"][0]["figures"]["population"]["change"], 41000 - 40361);
  EXPECT_TRUE(cmp["districts"][0]["figures"]["households"]["change"].is_null());
}

// A clerk's start: the template names every 地区 of the ward, imports as it is (every figure unknown), and a
// figure written into it in the spreadsheet arrives as that figure.
TEST(KarteCli, TheTemplateImportsBlankAndAsFilledIn) {
  TempDir tmp;
  const auto db = karte_db(tmp);
  const auto file = tmp / "karte-2026.csv";
  ASSERT_EQ(run_cli({"--db", db, "-q", "karte", "template", file.string(), "--edition", "2026"}).exit_code, 0);
  auto csv = bosai::test::read_file(file);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF版,地区,", 0), 0u) << "a BOM so Excel reads it as UTF-8";
  EXPECT_NE(csv.find("\r\n2026,池尻,"), std::string::npos);
  const auto blank = run_cli({"--db", db, "--json", "karte", "import", file.string(), "--check"});
  ASSERT_EQ(blank.exit_code, 0) << blank.err;
  EXPECT_EQ(nlohmann::json::parse(blank.out)["districts"], 28);
  EXPECT_EQ(nlohmann::json::parse(blank.out)["figures"], 0);
  // 人口世帯_出典, 人口世帯_時点, 面積km2, 人口 follow 版 and 地区.
  const std::string row = "\r\n2026,池尻,";
  csv.replace(csv.find(row + ",,,"), row.size() + 3, row + "住民基本台帳,2026-01-01,,41000");
  std::ofstream(file, std::ios::binary) << csv;
  ASSERT_EQ(run_cli({"--db", db, "-q", "karte", "import", file.string()}).exit_code, 0);
  const auto show = run_cli({"--db", db, "--json", "karte", "show", "池尻", "--edition", "2026"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  const auto population = nlohmann::json::parse(show.out)["figures"]["population"];
  EXPECT_EQ(population["value"], 41000);
  EXPECT_EQ(population["source"], "住民基本台帳");
}
