// Protects the printed community documents as a 会議 and a committee get them: a 地区防災計画 on A4 with the
// karte figures it cites filled in and listed with their sources, its 地区's karte page, and its A3 地区 map
// folded in; a 避難所運営マニュアル on A4 with its checklists and cards; the karte alone on A4. All searchable.
// A citation of a figure the karte does not have is refused at import, naming its line.
#include "support/cli_runner.h"
#include "support/poppler.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>

using namespace bosai::test;

namespace {

std::string sample(const std::string& rel) { return (source_dir() / rel).string(); }

class DocumentPrintCli : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"init", "--fresh", "--ward", sample("plans/ward.toml"), "--boundaries",
              sample("plans/sample-district-boundaries.geojson")},
             {"shelters", "import", sample("plans/sample-shelters.csv")},
             {"karte", "import", sample("plans/sample-karte.csv")},
             {"plan", "import", sample("plans/district-plans/ikejiri.md")},
             {"manual", "import", sample("plans/manuals/ikejiri-higashi.md")}}) {
      const auto r = run(args);
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  CliResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", (dir / "ward.db").string(), "-q"});
    return run_cli(args);
  }
  // The text of pages [first, last] with line breaks taken out (the type wraps where it will).
  std::string text(const std::string& file, int first = 1, int last = 999) {
    const auto t = poppler("pdftotext -enc UTF-8 -f " + std::to_string(first) + " -l " + std::to_string(last), dir / file);
    return std::regex_replace(t, std::regex("\\n"), "");
  }
  std::vector<std::string> page_sizes(const std::string& file) {
    const auto info = poppler("pdfinfo -f 1 -l 999", dir / file);
    std::vector<std::string> sizes;
    const std::regex line("Page +[0-9]+ size: +([0-9]+ x [0-9]+) pts");
    for (auto it = std::sregex_iterator(info.begin(), info.end(), line); it != std::sregex_iterator(); ++it) {
      sizes.push_back((*it)[1]);
    }
    return sizes;
  }
  TempDir dir;
};

TEST_F(DocumentPrintCli, APlanPrintsWithItsCitedKarteFiguresKartePageAndA3Map) {
  BOSAI_REQUIRE_POPPLER();
  const auto r = run({"plan", "show", "池尻", "--pdf", (dir / "plan.pdf").string(), "--html",
                      (dir / "plan.html").string(), "--roads", sample("maps/sample-roads.geojson"), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["karte"], "2023");
  EXPECT_EQ(j["map"], true);
  const auto sizes = page_sizes("plan.pdf");
  ASSERT_GE(sizes.size(), 3u);
  for (std::size_t i = 0; i + 1 < sizes.size(); ++i) EXPECT_EQ(sizes[i], "595 x 842") << "page " << i + 1;
  EXPECT_EQ(sizes.back(), "1191 x 842") << "the 地区 map on A3 landscape, last";
  const auto plan = text("plan.pdf", 1, static_cast<int>(sizes.size()) - 1);
  // 池尻's sample karte: 人口 40361, 65歳以上 7513 (plans/sample-karte.csv), cited in 地区の特性.
  EXPECT_NE(plan.find("人口40361"), std::string::npos) << "the citation prints the figure in the sentence";
  EXPECT_EQ(plan.find("［カルテ:"), std::string::npos) << "no citation is left as written";
  EXPECT_NE(plan.find("この節が引く防災カルテの数値（版 2023）"), std::string::npos);
  EXPECT_NE(plan.find("見本（架空）住民基本台帳"), std::string::npos) << "each cited figure with its 出典";
  EXPECT_NE(plan.find("未承認（素案）"), std::string::npos) << "a draft on the table says so";
  EXPECT_NE(plan.find("防災カルテ 池尻地区（版 2023）"), std::string::npos) << "the karte page follows the plan";
  const auto map = text("plan.pdf", static_cast<int>(sizes.size()), static_cast<int>(sizes.size()));
  EXPECT_NE(map.find("池尻地区 防災地図"), std::string::npos) << map;
  EXPECT_NE(map.find("池尻東小学校"), std::string::npos) << map;
  const auto html = read_file(dir / "plan.html");
  EXPECT_NE(html.find("<b>7513</b>"), std::string::npos);

  // The terminal shows the same figures after the text (on stderr: stdout is the file text).
  const auto shown = run_cli({"--db", (dir / "ward.db").string(), "plan", "show", "池尻"});
  EXPECT_NE(shown.err.find("#profile\t人口\t40361\t見本（架空）住民基本台帳\t2023-01-01"), std::string::npos) << shown.err;
}

TEST_F(DocumentPrintCli, AManualPrintsOnA4WithItsChecklistsAndCards) {
  BOSAI_REQUIRE_POPPLER();
  const auto r = run({"manual", "show", "池尻東小学校", "--pdf", (dir / "manual.pdf").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto sizes = page_sizes("manual.pdf");
  ASSERT_GE(sizes.size(), 4u);
  for (const auto& s : sizes) EXPECT_EQ(s, "595 x 842");
  const auto t = text("manual.pdf");
  for (const char* word : {"池尻東小学校 避難所運営マニュアル", "基本方針", "開設準備チェックリスト",
                           "施設被害状況チェックリスト", "総務・情報 初動期", "救護・衛生 撤収期", "目安: 参集から3時間持ち物"}) {
    EXPECT_NE(t.find(word), std::string::npos) << word;
  }
  EXPECT_EQ(t.find("{#"), std::string::npos) << "section ids are for links, not for the printed page";
}

TEST_F(DocumentPrintCli, FirstActionCardsAreOneRoleAndPhaseAPageOnA6OrA5) {
  BOSAI_REQUIRE_POPPLER();
  ASSERT_EQ(run({"manual", "cards", "池尻東小学校", (dir / "cards.pdf").string()}).exit_code, 0);
  const auto sizes = page_sizes("cards.pdf");
  ASSERT_EQ(sizes.size(), 16u) << "4 担当 × 4 時期";
  for (const auto& s : sizes) EXPECT_EQ(s, "297 x 420") << "A6";
  const char* roles[] = {"総務・情報担当", "避難所担当", "給食・物資担当", "救護・衛生担当"};
  for (int page = 1; page <= 16; ++page) {
    const auto t = text("cards.pdf", page, page);
    // The card's heading is the first 担当 named on it (a step may name another 担当 further down).
    std::string heading;
    std::size_t first = std::string::npos;
    for (const char* r : roles) {
      if (const auto at = t.find(r); at < first) first = at, heading = r;
    }
    EXPECT_EQ(heading, roles[(page - 1) / 4]) << "page " << page << ": by 担当, then in time order";
    EXPECT_EQ(t.find("ファーストアクションカード"), 0u) << "page " << page << " starts a card of its own";
    EXPECT_NE(t.find("第1版（令和8年度版、素案）"), std::string::npos) << "a draft's cards say so on their face";
  }
  ASSERT_EQ(run({"manual", "cards", "池尻東小学校", (dir / "health.pdf").string(), "--role", "救護・衛生", "--size", "a5"})
                .exit_code, 0);
  EXPECT_EQ(page_sizes("health.pdf"), std::vector<std::string>(4, "420 x 595"));
  EXPECT_NE(text("health.pdf", 4, 4).find("撤収期"), std::string::npos);

  ASSERT_EQ(run({"manual", "checklists", "池尻東小学校", (dir / "lists.html").string()}).exit_code, 0);
  const auto html = read_file(dir / "lists.html");
  EXPECT_NE(html.find("開設準備チェックリスト"), std::string::npos);
  EXPECT_NE(html.find("☐</td><td>体育館が傾いていない"), std::string::npos);

  for (const auto& bad : std::vector<std::vector<std::string>>{
           {"manual", "cards", "池尻東小学校", (dir / "x.pdf").string(), "--size", "b5"},
           {"manual", "cards", "池尻東小学校", (dir / "x.pdf").string(), "--role", "広報"},
           {"manual", "cards", "架空小学校", (dir / "x.pdf").string()}}) {
    EXPECT_EQ(run(bad).exit_code, 2) << bad[4];
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "x.pdf")) << "nothing written on a refusal";
}

TEST_F(DocumentPrintCli, TheKartePrintsAlone) {
  BOSAI_REQUIRE_POPPLER();
  ASSERT_EQ(run({"karte", "show", "池尻", "--pdf", (dir / "karte.pdf").string()}).exit_code, 0);
  EXPECT_EQ(page_sizes("karte.pdf"), std::vector<std::string>{"595 x 842"});
  const auto t = text("karte.pdf");
  for (const char* word : {"防災カルテ 池尻地区（版 2023）", "40361", "避難所・要支援者", "高齢化率（65歳以上）"}) {
    EXPECT_NE(t.find(word), std::string::npos) << word;
  }
}

TEST_F(DocumentPrintCli, ACitationOfNoKarteFigureIsRefusedNamingItsLine) {
  auto plan = read_file(sample("plans/district-plans/ikejiri.md"));
  plan.replace(plan.find("［カルテ:人口］"), std::string("［カルテ:人口］").size(), "［カルテ:人工］");
  const auto file = dir / "typo.md";
  std::ofstream(file) << plan;
  const auto r = run({"plan", "import", file.string()});
  EXPECT_EQ(r.exit_code, 2);
  const auto line = 1 + std::count(plan.begin(), plan.begin() + static_cast<long>(plan.find("［カルテ:人工］")), '\n');
  EXPECT_NE(r.err.find(file.string() + ":" + std::to_string(line) + ": カルテ"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("人工"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(run({"plan", "history", "池尻", "--json"}).out).size(), 1u) << "nothing stored";
}

}  // namespace
