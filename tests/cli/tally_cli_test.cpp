// Protects `bosai tally` as the 本部 clerk meets it on the drill morning: a bad form exits 2 naming the file, line
// and column with nothing stored; one report typed in moves the rates; `show --json` gives the figures a script
// (or the desktop app) reads; the results PDF is written only when asked and readable.
#include "support/cli_runner.h"
#include "support/poppler.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using bosai::test::run_cli;
using bosai::test::TempDir;

namespace {

std::string sample(const std::string& rel) { return (bosai::test::source_dir() / rel).string(); }

std::string tally_db(const TempDir& tmp) {
  const auto db = (tmp / "bosai.db").string();
  const auto r = run_cli({"--db", db, "-q", "init", "--fresh", "--ward", sample("plans/ward.toml"), "--boundaries",
                          sample("plans/sample-district-boundaries.geojson")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto created = run_cli({"--db", db, "-q", "tally", "new", sample("drills/tally/tally-2026.toml")});
  EXPECT_EQ(created.exit_code, 0) << created.err;
  EXPECT_EQ(created.out, "1\n");
  return db;
}

nlohmann::json shown(const std::string& db) {
  const auto r = run_cli({"--db", db, "--json", "tally", "show", "1"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST(TallyCli, ABadFormExitsTwoNamingLineAndColumnAndStoresNothing) {
  TempDir tmp;
  const auto db = tally_db(tmp);
  bosai::test::write_file(tmp / "form.csv", "block,time,ok,sos,no_sign\nikejiri-1-01,10:00,20,1,5\n"
                                            "ikejiri-1-02,10:05,40,2,9\n");  // 51 signs and checks, 43 households
  const auto r = run_cli({"--db", db, "tally", "import", "1", (tmp / "form.csv").string(), "--by", "本部"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("form.csv:3: ok（C列）: more signs and checked households (51"), std::string::npos) << r.err;
  EXPECT_EQ(shown(db)["overall"]["checked"], 0) << "the good first row is not stored either";
  EXPECT_EQ(run_cli({"--db", db, "tally", "show", "9"}).exit_code, 2);
  EXPECT_EQ(run_cli({"--db", db, "tally", "show", "1", "--at", "25:00"}).exit_code, 2);
  EXPECT_EQ(run_cli({"--db", db, "tally", "report", "1"}).exit_code, 2) << "no --pdf nor --html";
}

TEST(TallyCli, OneReportTypedInMovesTheRatesAndTheResultsPrint) {
  TempDir tmp;
  const auto db = tally_db(tmp);
  const auto before = shown(db);
  EXPECT_EQ(before["overall"]["posted_rate"], 0.0);
  EXPECT_EQ(before["not_done"].size(), 40u);
  const auto add = run_cli({"--db", db, "tally", "add", "1", "ikejiri-1-01", "--time", "10:15", "--ok", "25", "--sos", "1",
                            "--no-sign", "5", "--visited", "6", "--by", "1班長"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  const auto after = shown(db);
  EXPECT_EQ(after["overall"]["posted"], 26);
  EXPECT_EQ(after["blocks"][0]["status"], "complete") << "31 households, all checked";
  EXPECT_EQ(after["blocks"][0]["time"], "10:15");
  const auto late = run_cli({"--db", db, "tally", "add", "1", "ikejiri-1-01", "--time", "12:00", "--ok", "1", "--sos",
                             "0", "--no-sign", "0", "--by", "x"});
  EXPECT_EQ(late.exit_code, 2);
  EXPECT_NE(late.err.find("--time"), std::string::npos) << late.err;
  const auto pdf = tmp / "results.pdf";
  const auto report = run_cli({"--db", db, "tally", "report", "1", "--pdf", pdf.string()});
  ASSERT_EQ(report.exit_code, 0) << report.err;
  const auto text = bosai::test::poppler("pdftotext -enc UTF-8", pdf);
  EXPECT_NE(text.find("集計結果"), std::string::npos);
  EXPECT_NE(text.find("1.2%"), std::string::npos) << "26 of 2,259 households: " << text.substr(0, 800);
}
