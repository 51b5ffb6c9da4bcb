// Protects what a ward user does with the shipped (synthetic) sample: 地区 derived from the sample boundaries,
// committee capacities applied as an update file, the per-地区 summary, the overview report, status history,
// and the demo script end to end.
#include "support/cli_runner.h"
#include "support/poppler.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <regex>

using bosai::test::run_cli;
using bosai::test::TempDir;

namespace {

std::string sample(const std::string& rel) { return (bosai::test::source_dir() / rel).string(); }

std::string sample_db(const TempDir& tmp) {
  const auto db = (tmp / "bosai.db").string();
  auto r = run_cli({"--db", db, "-q", "init", "--fresh", "--ward", sample("plans/ward.toml"), "--boundaries",
                    sample("plans/sample-district-boundaries.geojson")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = run_cli({"--db", db, "-q", "shelters", "import", sample("plans/sample-shelters.csv")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return db;
}

nlohmann::json json_of(const std::vector<std::string>& args) {
  auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.exit_code == 0 ? nlohmann::json::parse(r.out) : nlohmann::json{};
}

}  // namespace

TEST(SheltersSampleCli, EverySampleShelterLandsInADerivedDistrict) {
  TempDir tmp;
  const auto db = sample_db(tmp);
  const auto shelters = json_of({"--db", db, "--json", "shelters", "list"});
  ASSERT_GT(shelters.size(), 200u);
  std::set<std::string> kinds;
  for (const auto& s : shelters) {
    EXPECT_FALSE(s["district"].get<std::string>().empty()) << s["id"];
    kinds.insert(s["kind"]);
  }
  EXPECT_EQ(kinds.size(), 6u);  // every kind of place appears in the sample
  const auto kyodo = json_of({"--db", db, "--json", "shelters", "list", "--district", "経堂"});
  EXPECT_GT(kyodo.size(), 3u);
  for (const auto& s : kyodo) EXPECT_EQ(s["district"], "kyodo");
  EXPECT_EQ(run_cli({"--db", db, "shelters", "list", "--district", "霞が関"}).exit_code, 2);
}

TEST(SheltersSampleCli, CapacityFileUpdatesOnlyCapacitiesAndEstimatesAreLabelled) {
  TempDir tmp;
  const auto db = sample_db(tmp);
  auto report = json_of({"--db", db, "-q", "--json", "shelters", "import", sample("plans/sample-capacities.csv")});
  ASSERT_FALSE(report["updated"].empty());
  for (const auto& u : report["updated"]) {
    for (const auto& f : u["fields"]) EXPECT_TRUE(f == "capacity" || f == "floor_area") << u.dump();
  }
  bool estimate = false;
  for (const auto& s : json_of({"--db", db, "--json", "shelters", "list"})) {
    if (!s["capacity"].is_null() && s["capacity"]["source"] == "estimate") estimate = true;
  }
  EXPECT_TRUE(estimate);
  // Re-importing the shelters (no capacity columns) keeps the committee's figures.
  report = json_of({"--db", db, "-q", "--json", "shelters", "import", sample("plans/sample-shelters.csv")});
  EXPECT_TRUE(report["updated"].empty()) << report.dump();

  // An update file naming a shelter that does not exist is refused with its line.
  const auto bad = (tmp / "cap.csv").string();
  bosai::test::write_file(bad, "共通ID,想定収容人数,収容人数の根拠\r\nX1311299999111,500,公表値\r\n");
  auto r = run_cli({"--db", db, "shelters", "import", bad});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(bad + ":2: 共通ID: no shelter X1311299999111"), std::string::npos) << r.err;
}

TEST(SheltersSampleCli, SummaryCountsByDistrictAndKindAndHonoursLifecycle) {
  TempDir tmp;
  const auto db = sample_db(tmp);
  run_cli({"--db", db, "-q", "shelters", "import", sample("plans/sample-capacities.csv")});
  const auto before = json_of({"--db", db, "--json", "summary", "--date", "2027-03-31"});
  const auto after = json_of({"--db", db, "--json", "summary", "--date", "2027-04-01"});
  EXPECT_EQ(before["ward"], "世田谷区");
  EXPECT_EQ(before["districts"].size(), 28u);
  long designated = 0;
  for (const auto& d : before["districts"]) designated += d["shelters"]["designated"].get<long>();
  EXPECT_EQ(designated, before["total"]["shelters"]["designated"]);
  auto kyodo = [](const nlohmann::json& s) {
    for (const auto& d : s["districts"]) {
      if (d["district"] == "kyodo") return d["shelters"]["designated"].get<long>();
    }
    return -1L;
  };
  // The sample's school consolidation: one school closes on 2027-03-31, the merged school opens on 2027-04-01.
  EXPECT_EQ(kyodo(before), kyodo(after));
  // Dates compare as text, so a malformed one would silently count the wrong shelters: it is refused.
  const auto bad = run_cli({"--db", db, "summary", "--date", "2027-4-1"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--date"), std::string::npos) << bad.err;
  EXPECT_GT(before["total"]["capacity_estimated"].get<long>(), 0);
  EXPECT_EQ(before["total"]["capacity"].get<long>(),
            before["total"]["capacity_stated"].get<long>() + before["total"]["capacity_estimated"].get<long>());
  auto text = run_cli({"--db", db, "summary", "--date", "2026-12-01"});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("経堂"), std::string::npos);
  EXPECT_NE(text.out.find("うち推計"), std::string::npos);
}

TEST(SheltersSampleCli, OverviewReportIsAPrintableJapaneseHtmlWithMapAndCredit) {
  BOSAI_REQUIRE_SHARED("setagaya/gsi-designated-shelters.csv");
  TempDir tmp;
  const auto db = sample_db(tmp);
  const auto out = (tmp / "overview.html").string();
  ASSERT_EQ(run_cli({"--db", db, "report", "overview", out}).exit_code, 0);
  auto html = bosai::test::read_file(out);
  EXPECT_NE(html.find("<html lang=\"ja\">"), std::string::npos);
  EXPECT_NE(html.find("size: A4"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"map\"><svg"), std::string::npos) << "the map is inline SVG";
  EXPECT_NE(html.find(">上町</text>"), std::string::npos) << "地区 names are text on the map";
  EXPECT_NE(html.find(">指定避難所</text>"), std::string::npos) << "the legend is on the map";
  // Qt's SVG splits text into runs by script (漢字, カナ …), one <text> each: read it as a browser shows it.
  const auto shown = [](const std::string& markup) {
    return std::regex_replace(std::regex_replace(markup, std::regex("<[^>]*>"), ""), std::regex("\\s+"), "");
  };
  EXPECT_NE(shown(html).find("避難所:見本データ（架空）"), std::string::npos);
  EXPECT_EQ(html.find("国土地理院"), std::string::npos);  // the synthetic sample holds no GSI data
  // With real GSI data imported, the credit line is printed.
  ASSERT_EQ(run_cli({"--db", db, "-q", "shelters", "import",
                     (bosai::test::shared_data_dir() / "setagaya/gsi-designated-shelters.csv").string()})
                .exit_code,
            0);
  ASSERT_EQ(run_cli({"--db", db, "report", "overview", out}).exit_code, 0);
  EXPECT_NE(shown(bosai::test::read_file(out)).find("避難所:国土地理院「指定緊急避難場所データ・指定避難所データ」を加工して作成"),
            std::string::npos);
}

TEST(SheltersSampleCli, DistrictMapsAreA3PagesAndBadInputWritesNothing) {
  TempDir tmp;
  const auto db = sample_db(tmp);
  const auto out = tmp / "maps.pdf";
  auto r = run_cli({"--db", db, "-q", "--json", "map", "districts", out.string(), "--district", "池尻", "--district",
                    "二子玉川", "--roads", sample("maps/sample-roads.geojson")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["districts"], 2);
  EXPECT_TRUE(std::filesystem::exists(out));
  const auto bad = tmp / "bad.pdf";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--district", "存在しない地区"}, {"--roads", (tmp / "none.geojson").string()},
        {"--hazard", sample("plans/sample-shelters.csv")}, {"--date", "2026-02-30"}}) {
    std::vector<std::string> cmd = {"--db", db, "map", "districts", bad.string()};
    cmd.insert(cmd.end(), args.begin(), args.end());
    r = run_cli(cmd);
    EXPECT_EQ(r.exit_code, 2) << args[0] << " " << args[1] << ": " << r.err;
    const bool names_a_file = args[0] == "--roads" || args[0] == "--hazard";
    EXPECT_NE(r.err.find(names_a_file ? args[1].substr(args[1].rfind('/') + 1) : args[0] + ":"), std::string::npos)
        << r.err;
    EXPECT_FALSE(std::filesystem::exists(bad)) << args[0];
  }
  r = run_cli({"--db", db, "map", "districts", (tmp / "maps.png").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(".pdf"), std::string::npos) << r.err;
}

TEST(SheltersSampleCli, StatusHistoryRecordsWhoAndWhen) {
  TempDir tmp;
  const auto db = sample_db(tmp);
  const std::string id = json_of({"--db", db, "--json", "shelters", "list"})[0]["id"];
  EXPECT_EQ(run_cli({"--db", db, "shelters", "status", id, "open", "--by", "山田（運営委員長）"}).exit_code, 0);
  auto history = json_of({"--db", db, "--json", "shelters", "status", id, "full", "--by", "本部", "--note", "体育館満員"});
  ASSERT_EQ(history["history"].size(), 2u);
  EXPECT_EQ(history["history"][0]["status"], "open");
  EXPECT_EQ(history["history"][0]["by"], "山田（運営委員長）");
  EXPECT_EQ(history["history"][1]["note"], "体育館満員");
  EXPECT_EQ(history["history"][1]["at"].get<std::string>().size(), 20u);  // 2026-11-23T11:20:30Z
  EXPECT_EQ(run_cli({"--db", db, "shelters", "status", id, "burning", "--by", "x"}).exit_code, 2);
  EXPECT_EQ(run_cli({"--db", db, "shelters", "status", id, "open"}).exit_code, 2);  // who?
  EXPECT_EQ(run_cli({"--db", db, "shelters", "status", "E0000000000000", "open", "--by", "x"}).exit_code, 2);
}

TEST(SheltersSampleCli, BadBoundariesFileIsRefusedBeforeTheDatabaseIsCreated) {
  TempDir tmp;
  const auto db = (tmp / "bosai.db").string();
  const auto bad = (tmp / "b.geojson").string();
  bosai::test::write_file(bad, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"atlantis"},
    "geometry":{"type":"Polygon","coordinates":[[[139,35],[139.1,35],[139.1,35.1],[139,35]]]}}]})");
  auto r = run_cli({"--db", db, "init", "--ward", sample("plans/ward.toml"), "--boundaries", bad});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(bad + ":1: code: unknown 地区 \"atlantis\""), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db));
}

TEST(SheltersSampleCli, DemoScriptRunsEndToEnd) {
  TempDir tmp;
  const std::string cmd = sample("scripts/demo.sh") + " " + std::getenv("BOSAI_CLI") + " " + (tmp / "out").string() +
                          " >" + (tmp / "log").string() + " 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << bosai::test::read_file(tmp / "log");
  const auto log = bosai::test::read_file(tmp / "log");
  EXPECT_NE(log.find("地区別避難所集計"), std::string::npos) << log;
  EXPECT_NE(log.find("overview.html"), std::string::npos);
  // The earthquake drill ran to the end, re-planning after the fire and the damaged school.
  const auto drill = bosai::test::read_file(tmp / "out" / "drill-earthquake.txt");
  EXPECT_NE(drill.find("再計算（minami-damaged を受けて）"), std::string::npos) << drill;
  EXPECT_NE(drill.find("池尻南小学校 → "), std::string::npos) << "the damaged school's people move elsewhere";
  EXPECT_NE(drill.find("を終了しました"), std::string::npos);
  // The sign tally's flags as a facilitator sees them: pseudonyms near SOS or unanswered blocks, no personal field.
  const auto flags = bosai::test::read_file(tmp / "out" / "tally-flags.txt");
  EXPECT_NE(flags.find("要支援者-"), std::string::npos) << flags;
  EXPECT_EQ(flags.find("架空町"), std::string::npos) << "no address reaches a facilitator";
  EXPECT_EQ(flags.find("03-0000"), std::string::npos) << "no phone reaches a facilitator";
  // The sample karte, shown with the register's counts (the demo passes --role).
  EXPECT_NE(bosai::test::read_file(tmp / "out" / "karte-futakotamagawa.tsv").find("要支援者\t登録 "), std::string::npos);
  for (const char* output : {"overview.html", "overview.pdf", "district-maps.pdf", "roster.pdf", "progress.tsv",
                             "karte-futakotamagawa.tsv", "karte-compare.tsv",
                             "assignment.geojson", "plan-sheet.html", "plan-sheet.pdf",
                             "supply/route-sheets.html", "supply/route-sheets.pdf", "supply/routes.geojson", "supply/plan.json",
                             "district-plan-diff.html", "district-plan-diff.pdf", "manual-ikejiri-nishi-draft.md",
                             "action-cards-a6.pdf", "manual-checklists.pdf", "manual-ikejiri-higashi.pdf",
                             "district-plan-ikejiri.pdf", "district-plan-ikejiri.html", "drill-report.pdf",
                             "drill-report.html", "manual-revision-draft.md", "drill-report-opening.pdf",
                             "tally-form.pdf", "tally-results.pdf", "tally-flags.txt"}) {
    EXPECT_TRUE(std::filesystem::exists(tmp / "out" / output)) << output;
  }
  EXPECT_EQ(run_cli({"--db", (tmp / "out" / "bosai.db").string(), "check"}).exit_code, 0);
  // Every PDF the demo hands out: the paper size asked for, the CJK font embedded, and the Japanese drawn comes
  // back from pdftotext as written (高齢者, 一時集合所, 指定避難所, 長, 行; no Kangxi look-alike, no U+FFFD).
  BOSAI_REQUIRE_POPPLER();
  struct Paper {
    const char* file;
    const char* size;
    std::vector<std::string> words;
  };
  const std::vector<Paper> papers = {
      {"overview.pdf", "595 x 842 pts (A4)", {"避難所概況", "一時集合所", "指定避難所", "避難所: 見本データ（架空）"}},
      {"district-maps.pdf", "1191 x 842 pts (A3)", {"池尻地区 防災地図", "一時集合所", "指定避難所", "避難所・避難場所の一覧"}},
      {"plan-sheet.pdf", "595 x 842 pts (A4)", {"個別避難計画", "高齢者等避難", "長男", "経路図は下図", "避難経路（風水害）", "自宅"}},
      {"roster.pdf", "842 x 595 pts (A4)", {"避難行動要支援者名簿", "二子玉川東町会"}},
      {"supply/route-sheets.pdf", "595 x 842 pts (A4)", {"配車一覧", "配送ルート表", "ルート図", "配送拠点"}},
      {"district-plan-diff.pdf", "595 x 842 pts (A4)", {"池尻地区 地区防災計画 新旧対照", "班ごとに要配慮者の見守り担当を決める"}},
      // The approved 第2版's cards: its edited step, and its approval at every card's foot.
      {"action-cards-a6.pdf", "297 x 420 pts", {"ファーストアクションカード", "総務・情報担当", "救護・衛生担当",
                                               "本部の机に貼る", "第2版（令和8年度版、2026年5月1日（金）承認）"}},
      {"manual-checklists.pdf", "595 x 842 pts (A4)", {"開設準備チェックリスト", "施設被害状況チェックリスト", "確認者"}},
      // The approved 第2版 of 池尻's plan, its cited karte figures filled in, then its karte page and A3 map.
      {"district-plan-ikejiri.pdf", "595 x 842 pts (A4)", {"第2版（令和7年度版、承認済", "古い木造住宅と狭い路地", "人口40361",
                                                          "この節が引く防災カルテの数値", "防災カルテ 池尻地区", "池尻地区 防災地図"}},
      {"manual-ikejiri-higashi.pdf", "595 x 842 pts (A4)", {"池尻東小学校 避難所運営マニュアル", "本部の机に貼る"}},
      // The after-action report: its chart (title drawn in the figure) and maps (a damaged school labelled on
      // them), the cards missed, the priced decision, the improvement plan.
      {"drill-report.pdf", "595 x 842 pts (A4)", {"訓練の事後検証報告書", "避難所ごとの人数（計算した避難先と到着した人）",
                                                  "池尻南小学校（使用不可）", "演習していない", "最適より", "改善計画",
                                                  "委員全員で施設被害状況チェックリストの外側点検を練習する"}},
      {"drill-report-opening.pdf", "595 x 842 pts (A4)", {"この訓練で完了した改善策", "訓練 2 の目標 damage-first"}},
      // The sign tally: the form per 町会, the results with last year's rate beside this year's and the map.
      {"tally-form.pdf", "595 x 842 pts (A4)", {"安否確認標識 集計用紙", "ikejiri-1-01", "池尻東町会", "標識なし"}},
      {"tally-results.pdf", "595 x 842 pts (A4)", {"安否確認標識掲出訓練 集計結果", "62.9%", "前回の掲出率",
                                                   "まだ確認が終わっていない班", "班ごとの掲出率", "報告なし"}},
  };
  const std::regex look_alike("\xE2[\xBA-\xBF]|\xEF\xBF\xBD");
  for (const auto& paper : papers) {
    const auto pdf = tmp / "out" / paper.file;
    EXPECT_NE(bosai::test::poppler("pdfinfo", pdf).find(paper.size), std::string::npos) << paper.file;
    EXPECT_TRUE(std::regex_search(bosai::test::poppler("pdffonts", pdf),
                                  std::regex("NotoSansCJKjp\\S*\\s+CID TrueType\\s+Identity-H\\s+yes")))
        << paper.file;
    const auto text = bosai::test::poppler("pdftotext -enc UTF-8", pdf);
    EXPECT_FALSE(std::regex_search(text, look_alike)) << paper.file;
    // Lines joined: a card's step wraps where the type is big, and the words are still there to find.
    const auto joined = std::regex_replace(text, std::regex("\n"), "");
    for (const auto& word : paper.words) EXPECT_NE(joined.find(word), std::string::npos) << word << " not in " << paper.file;
  }
}
