// Protects `bosai plan …` (地区防災計画) as a user meets it: the issue's check end to end (import, edit one
// sentence and one checklist item, import again, diff shows exactly those two, approve, the first is 旧版,
// show/export give the approved one), the round trip import → export → import, and bad input refused with
// FILE:LINE, exit 2 and nothing stored.
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

class PlanCli : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run({"init", "--ward", (source_dir() / "plans" / "ward.toml").string()}).exit_code, 0);
  }
  CliResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", (dir / "ward.db").string(), "-q"});
    return run_cli(args);
  }
  std::string write(const std::string& name, const std::string& text) {
    const auto file = dir / name;
    std::ofstream(file) << text;
    return file.string();
  }
  static std::string sample() { return (source_dir() / "plans" / "district-plans" / "ikejiri.md").string(); }
  static std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
  }
  TempDir dir;
};

TEST_F(PlanCli, TheIssuesCheckEndToEnd) {
  ASSERT_EQ(run({"plan", "import", sample()}).exit_code, 0);
  auto text = read_file(sample());
  text = replaced(text, "古い木造住宅が残る路地が多く、", "古い木造住宅と狭い路地が多く、");
  text = replaced(text, "- [ ] 町会ごとに要配慮者の見守り担当を決める", "- [ ] 班ごとに要配慮者の見守り担当を決める");
  const auto edited = write("ikejiri-edited.md", text);
  const auto second = run({"plan", "import", edited, "--json"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(nlohmann::json::parse(second.out)["version"], 2);

  const auto diff = run({"plan", "diff", "池尻", "1", "2", "--json", "--html", (dir / "diff.html").string()});
  ASSERT_EQ(diff.exit_code, 0) << diff.err;
  int changes = 0;
  const auto diff_json = nlohmann::json::parse(diff.out);
  for (const auto& s : diff_json["sections"]) {
    for (const auto& c : s["changes"]) {
      ++changes;
      EXPECT_EQ(c["change"], "changed");
      if (s["id"] == "profile") EXPECT_EQ(c["after"], "古い木造住宅と狭い路地が多く、火災が広がりやすい地域があります。");
      else EXPECT_EQ(s["id"], "routine");
    }
  }
  EXPECT_EQ(changes, 2);
  const auto terminal = run({"plan", "diff", "ikejiri", "1", "2"});
  EXPECT_NE(terminal.out.find("2 か所の変更"), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find("+ ☐ 班ごとに要配慮者の見守り担当を決める"), std::string::npos) << terminal.out;
  const auto html = read_file(dir / "diff.html");
  EXPECT_NE(html.find("<del>☐ 町会ごとに要配慮者の見守り担当を決める</del>"), std::string::npos);
  EXPECT_NE(html.find("新旧対照"), std::string::npos);

  const auto approve = run({"plan", "approve", "ikejiri", "2", "--by", "池尻地区区民防災会議", "--date", "2026-03-20",
                            "--role", "centre_staff"});
  ASSERT_EQ(approve.exit_code, 0) << approve.err;
  const auto history = nlohmann::json::parse(run({"plan", "history", "ikejiri", "--json"}).out);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0]["status"], "superseded");
  EXPECT_EQ(history[1]["status"], "approved");

  const auto shown = run({"plan", "show", "ikejiri"});
  EXPECT_NE(shown.out.find("状態: 承認済"), std::string::npos);
  EXPECT_NE(shown.out.find("承認日: 2026-03-20"), std::string::npos);
  EXPECT_NE(shown.out.find("古い木造住宅と狭い路地"), std::string::npos);
  ASSERT_EQ(run({"plan", "export", "池尻", (dir / "out.md").string()}).exit_code, 0);
  EXPECT_EQ(read_file(dir / "out.md"), shown.out);
  ASSERT_EQ(run({"plan", "export", "池尻", (dir / "v1.md").string(), "--version", "1"}).exit_code, 0);
  EXPECT_NE(read_file(dir / "v1.md").find("状態: 旧版"), std::string::npos);

  // The printed plan is the approved one (this ward has no boundaries: no map).
  BOSAI_REQUIRE_POPPLER();
  const auto printed = run({"plan", "show", "池尻", "--pdf", (dir / "plan.pdf").string(), "--no-map"});
  ASSERT_EQ(printed.exit_code, 0) << printed.err;
  const auto paper = std::regex_replace(poppler("pdftotext -enc UTF-8", dir / "plan.pdf"), std::regex("\n"), "");
  EXPECT_NE(paper.find("古い木造住宅と狭い路地が多く"), std::string::npos);
  EXPECT_NE(paper.find("第2版（令和7年度版、承認済"), std::string::npos);
  EXPECT_EQ(paper.find("古い木造住宅が残る路地"), std::string::npos) << "the superseded text is not printed";
  // Without --no-map the map is asked for, and a 地区 without a boundary cannot have one: refused, said how.
  const auto mapless = run({"plan", "show", "池尻", "--pdf", (dir / "map.pdf").string()});
  EXPECT_EQ(mapless.exit_code, 2);
  EXPECT_NE(mapless.err.find("--no-map"), std::string::npos) << mapless.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "map.pdf"));
}

TEST_F(PlanCli, ImportExportImportChangesNothing) {
  ASSERT_EQ(run({"plan", "import", sample()}).exit_code, 0);
  ASSERT_EQ(run({"plan", "export", "ikejiri", (dir / "a.md").string()}).exit_code, 0);
  const auto again = run({"plan", "import", (dir / "a.md").string(), "--json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(nlohmann::json::parse(again.out)["created"], false);
  ASSERT_EQ(run({"plan", "export", "ikejiri", (dir / "b.md").string()}).exit_code, 0);
  EXPECT_EQ(read_file(dir / "a.md"), read_file(dir / "b.md"));
  EXPECT_EQ(nlohmann::json::parse(run({"plan", "history", "ikejiri", "--json"}).out).size(), 1u);
}

TEST_F(PlanCli, BadInputIsExitTwoNamingFileAndLineAndStoresNothing) {
  const auto text = read_file(sample());
  struct Case {
    std::string text;
    std::string where;
  };
  const std::vector<Case> cases = {
      {replaced(text, "地区: ikejiri", "地区: 架空町"), ":2: 地区: "},
      {replaced(text, "次回見直し日: 2026-06-30", "次回見直し日: 2026-13-01"), ":10: 次回見直し日: "},
      {replaced(text, "版: 令和7年度版", "版 令和7年度版"), ":4: ヘッダー: "},
      {replaced(text, "{#drills}", "{#goals}"), ":52: 節: "},
      {replaced(text, "## 訓練計画 {#drills}", "## 訓練計画"), ":52: 節: "},
      {replaced(text, "## 見直し {#review}", "## 見直し {#revision}"), ":61: 節: "},
      {replaced(text, "この計画は bosai の見本", "- [ ] 節の外の項目\nこの計画は bosai の見本"), ":14: チェック項目: "},
  };
  for (const auto& c : cases) {
    const auto file = write("bad.md", c.text);
    const auto r = run({"plan", "import", file});
    EXPECT_EQ(r.exit_code, 2) << c.where;
    EXPECT_EQ(r.err.rfind("bosai: " + file + c.where, 0), 0u) << r.err;
  }
  EXPECT_EQ(run({"plan", "history", "ikejiri", "--json"}).out, "[]\n");
}

TEST_F(PlanCli, ApprovalNeedsAnEntitledRole) {
  ASSERT_EQ(run({"plan", "import", sample()}).exit_code, 0);
  const std::vector<std::string> approve = {"plan", "approve", "ikejiri", "1", "--by", "池尻地区区民防災会議",
                                            "--date", "2026-03-20"};
  auto without = run(approve);
  EXPECT_EQ(without.exit_code, 2);
  EXPECT_NE(without.err.find("--role"), std::string::npos);
  auto facilitator = approve;
  facilitator.insert(facilitator.end(), {"--role", "facilitator"});
  const auto refused = run(facilitator);
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("may not record the approval"), std::string::npos) << refused.err;
  auto bad_date = approve;
  bad_date[7] = "2026-02-30";
  bad_date.insert(bad_date.end(), {"--role", "ward_staff"});
  const auto r = run(bad_date);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--date"), std::string::npos) << r.err;
  EXPECT_EQ(nlohmann::json::parse(run({"plan", "show", "ikejiri", "--json"}).out)["status"], "draft");
}

}  // namespace
