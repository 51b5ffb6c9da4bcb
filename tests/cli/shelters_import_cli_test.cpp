// Protects `bosai shelters import/export` on the real GSI files exactly as reviewers and users run them: the
// counts, a round trip through every export format that changes nothing, and corrupted files refused with their
// line while the database file stays byte-for-byte the same.
#include "store/open_store.h"
#include "store/shelter_repository.h"
#include "support/cli_runner.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <sstream>

using bosai::test::run_cli;
using bosai::test::TempDir;

namespace {

const std::string kDesignated = "setagaya/gsi-designated-shelters.csv";
const std::string kEmergency = "setagaya/gsi-emergency-sites.csv";

std::string shared(const std::string& rel) { return (bosai::test::shared_data_dir() / rel).string(); }

std::string init_db(const TempDir& tmp) {
  const auto db = (tmp / "bosai.db").string();
  auto r = run_cli({"--db", db, "-q", "init", "--fresh"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return db;
}

nlohmann::json import_json(const std::string& db, const std::string& file, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"--db", db, "-q", "--json", "shelters", "import", file};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.exit_code == 0 ? nlohmann::json::parse(r.out) : nlohmann::json{};
}

nlohmann::json list_json(const std::string& db) {
  auto r = run_cli({"--db", db, "--json", "shelters", "list"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

// Every byte of the database, WAL included: "unchanged" means unchanged on disk, not just the same rows.
std::string db_bytes(const std::string& db) {
  std::string out = bosai::test::read_file(db);
  if (std::filesystem::exists(db + "-wal")) out += bosai::test::read_file(db + "-wal");
  return out;
}

}  // namespace

TEST(SheltersImportCli, SetagayaGsiFilesGiveTheKnownCounts) {
  BOSAI_REQUIRE_SHARED(kDesignated);
  TempDir tmp;
  const auto db = init_db(tmp);
  EXPECT_EQ(import_json(db, shared(kDesignated))["added"].size(), 95u);
  EXPECT_EQ(import_json(db, shared(kEmergency))["added"].size(), 53u);  // different 共通ID: nothing clobbered

  std::map<std::string, int> kinds, hazards;
  for (const auto& s : list_json(db)) {
    ++kinds[s["kind"]];
    for (const auto& h : s["hazards"]) ++hazards[h];
  }
  EXPECT_EQ(kinds["designated"], 95);
  EXPECT_EQ(kinds["emergency_site"], 53);
  EXPECT_EQ(hazards["flood"], 40);
  EXPECT_EQ(hazards["landslide"], 15);
  EXPECT_EQ(hazards["inland_flood"], 10);
  EXPECT_EQ(hazards.size(), 3u);

  auto again = import_json(db, shared(kDesignated));
  EXPECT_TRUE(again["added"].empty());
  EXPECT_TRUE(again["updated"].empty());
  EXPECT_EQ(again["unchanged"], 95);
}

TEST(SheltersImportCli, ExportThenReimportChangesNothingInEveryFormat) {
  BOSAI_REQUIRE_SHARED(kDesignated);
  TempDir tmp;
  const auto db = init_db(tmp);
  import_json(db, shared(kDesignated));
  import_json(db, shared(kEmergency));
  const auto before = list_json(db);
  for (const std::string name : {"all.csv", "all.geojson", "all.gpkg"}) {
    const auto out = (tmp / name).string();
    auto r = run_cli({"--db", db, "shelters", "export", out});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto report = import_json(db, out);
    EXPECT_TRUE(report["added"].empty()) << name;
    EXPECT_TRUE(report["updated"].empty()) << name << ": " << report.dump();
    EXPECT_EQ(report["unchanged"], 148) << name;
    // The exported file also builds the same registry from nothing.
    TempDir other;
    const auto db2 = init_db(other);
    import_json(db2, out);
    EXPECT_EQ(list_json(db2), before) << name;
  }
  // Each GSI layout on its own reproduces the GSI file's own header.
  const auto emergency_out = (tmp / "emergency.csv").string();
  ASSERT_EQ(run_cli({"--db", db, "shelters", "export", emergency_out, "--kind", "emergency_site"}).exit_code, 0);
  const auto original = bosai::test::read_file(shared(kEmergency));
  const auto exported = bosai::test::read_file(emergency_out);
  EXPECT_EQ(exported.substr(0, exported.find("\r\n")), original.substr(0, original.find("\r\n")) + ",種別,地区,名称_カナ,"
            "名称_英字,想定収容人数,収容人数の根拠,収容人数の時点,床面積,連絡先,URL,有効開始日,有効終了日");
}

TEST(SheltersImportCli, DigitalAgencyExportReimports) {
  BOSAI_REQUIRE_SHARED(kEmergency);
  TempDir tmp;
  const auto db = init_db(tmp);
  import_json(db, shared(kEmergency));
  const auto out = (tmp / "da.csv").string();
  ASSERT_EQ(run_cli({"--db", db, "shelters", "export", out, "--format", "da"}).exit_code, 0);
  EXPECT_EQ(bosai::test::read_file(out).substr(3, 36), "全国地方公共団体コード,ID");
  TempDir other;
  const auto db2 = init_db(other);
  EXPECT_EQ(import_json(db2, out)["added"].size(), 53u);
  std::map<std::string, int> hazards;
  for (const auto& s : list_json(db2)) {
    for (const auto& h : s["hazards"]) ++hazards[h];
  }
  EXPECT_EQ(hazards["flood"], 40);
}

TEST(SheltersImportCli, EveryTokyoGsiGeoJsonFileImports) {
  BOSAI_REQUIRE_SHARED("tokyo-gsi/evacuation/131121.json");
  TempDir tmp;
  const auto db = init_db(tmp);
  // All files in one command (one transaction); one JSON line per file.
  std::vector<std::string> args = {"--db", db, "-q", "--json", "shelters", "import"};
  for (const char* folder : {"evacuation", "emergency"}) {
    for (const auto& entry : std::filesystem::directory_iterator(bosai::test::shared_data_dir() / "tokyo-gsi" / folder)) {
      args.push_back(entry.path().string());
    }
  }
  auto r = run_cli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  long total = 0;
  std::size_t files = 0;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    const auto report = nlohmann::json::parse(line);
    EXPECT_FALSE(report["added"].empty()) << report["file"];
    total += static_cast<long>(report["added"].size());
    ++files;
  }
  EXPECT_EQ(files, args.size() - 6);
  EXPECT_EQ(static_cast<long>(list_json(db).size()), total);
  EXPECT_GT(total, 5000);

  // Setagaya's GeoJSON files hold what its CSVs hold: re-importing the CSVs finds nothing new or different.
  for (const auto& csv : {kDesignated, kEmergency}) {
    auto report = import_json(db, shared(csv));
    EXPECT_TRUE(report["added"].empty()) << csv;
    EXPECT_TRUE(report["updated"].empty()) << csv << report.dump();
  }
  TempDir one;
  const auto db1 = init_db(one);
  EXPECT_EQ(import_json(db1, shared("tokyo-gsi/evacuation/131121.json"))["added"].size(), 95u);
  EXPECT_EQ(import_json(db1, shared("tokyo-gsi/emergency/131121.json"))["added"].size(), 53u);
}

TEST(SheltersImportCli, SeveralFilesLandTogetherOrNotAtAll) {
  BOSAI_REQUIRE_SHARED(kDesignated);
  TempDir tmp;
  const auto db = init_db(tmp);
  const auto bad = (tmp / "bad.csv").string();
  bosai::test::write_file(bad, "共通ID,施設・場所名,緯度,経度\r\nA,甲,35.6,東経\r\n");
  const auto bytes = db_bytes(db);
  auto r = run_cli({"--db", db, "shelters", "import", shared(kDesignated), bad});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(bad + ":2: 経度"), std::string::npos) << r.err;
  EXPECT_TRUE(db_bytes(db) == bytes);  // the good first file was not written either
  r = run_cli({"--db", db, "-q", "shelters", "import", shared(kDesignated), shared(kEmergency)});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(list_json(db).size(), 148u);
}

TEST(SheltersImportCli, CheckValidatesWithoutWriting) {
  BOSAI_REQUIRE_SHARED(kDesignated);
  TempDir tmp;
  const auto db = init_db(tmp);
  const auto bytes = db_bytes(db);
  auto report = import_json(db, shared(kDesignated), {"--check"});
  EXPECT_EQ(report["added"].size(), 95u);
  EXPECT_EQ(db_bytes(db), bytes);
  EXPECT_TRUE(list_json(db).empty());
}

namespace {

struct Corruption {
  std::string name;
  std::function<std::string(std::string)> apply;
  std::string expected;  // start of the message after "bosai: FILE:"
};

// Replaces the n-th occurrence (1-based) of `what`.
std::string replace_nth(std::string text, const std::string& what, const std::string& with, int n) {
  std::size_t at = 0;
  for (int i = 0; i < n; ++i) at = text.find(what, i ? at + 1 : 0);
  return text.replace(at, what.size(), with);
}

}  // namespace

TEST(SheltersImportCli, CorruptedFilesAreRefusedWithTheirLineAndTheDatabaseIsUntouched) {
  BOSAI_REQUIRE_SHARED(kDesignated);
  const auto original = bosai::test::read_file(shared(kDesignated));
  const std::vector<Corruption> cases = {
      {"header", [](std::string t) { return replace_nth(t, "施設・場所名", "施設名", 1); }, "1: 施設名: unknown column"},
      {"coordinate", [](std::string t) { return replace_nth(t, "35.602764", "35.60x764", 1); },
       "3: 緯度: \"35.60x764\" is not a latitude"},
      {"swapped", [](std::string t) { return replace_nth(t, "35.602764,139.679549", "139.679549,35.602764", 1); },
       "3: 緯度: position"},
      {"quoting", [](std::string t) { return replace_nth(t, "奥沢中学校", "\"奥沢中学校", 1); }, "3: a quoted field is never "
                                                                                              "closed"},
      {"stray quote", [](std::string t) { return replace_nth(t, "奥沢中学校", "奥沢\"中学校", 1); }, "3: a quote inside"},
      {"shift_jis", [](std::string t) { return replace_nth(t, "奥沢中学校", "\x89\x9c\x91\xf2", 1); }, "3: not valid UTF-8"},
      {"fields", [](std::string t) { return replace_nth(t, "奥沢中学校,", "奥沢,中学校,", 1); }, "3: 12 fields but the "
                                                                                         "header has 11"},
      {"late row", [](std::string t) { return t + "99999,E1311299999111,東京都世田谷区,末尾,住所,,,,,,\r\n"; },
       "97: 緯度: missing coordinate"},
      {"district", [](std::string t) {
         t = replace_nth(t, ",備考\r\n", ",備考,地区\r\n", 1);
         std::string out;
         std::size_t from = 0, at;
         bool header = true;
         while ((at = t.find("\r\n", from)) != std::string::npos) {
           out += t.substr(from, at - from) + (header ? "" : ",経堂") + "\r\n";
           header = false;
           from = at + 2;
         }
         return replace_nth(out, ",経堂\r\n", ",霞が関\r\n", 5);
       },
       "6: 地区: unknown 地区 \"霞が関\""},
  };
  TempDir tmp;
  const auto db = init_db(tmp);
  import_json(db, shared(kEmergency));  // a registry with content, so "untouched" means something
  ASSERT_EQ(run_cli({"--db", db, "shelters", "status", "E1311200001201", "open", "--by", "訓練"}).exit_code, 0);
  const auto bytes = db_bytes(db);
  for (const auto& c : cases) {
    const auto bad = (tmp / ("bad-" + c.name + ".csv")).string();
    bosai::test::write_file(bad, c.apply(original));
    auto r = run_cli({"--db", db, "shelters", "import", bad});
    EXPECT_EQ(r.exit_code, 2) << c.name << ": " << r.err;
    EXPECT_NE(r.err.find("bosai: " + bad + ":" + c.expected), std::string::npos) << c.name << ": " << r.err;
    EXPECT_TRUE(db_bytes(db) == bytes) << c.name << ": the database file changed";
  }
  EXPECT_EQ(run_cli({"--db", db, "check"}).exit_code, 0);
}

TEST(SheltersImportCli, BrokenGeoJsonIsRefused) {
  TempDir tmp;
  const auto db = init_db(tmp);
  const auto bytes = db_bytes(db);
  const auto file = (tmp / "bad.geojson").string();
  bosai::test::write_file(file, R"({"type":"FeatureCollection","features":[
    {"type":"Feature","geometry":{"type":"Point","coordinates":[139.6,35.6]},"properties":{"共通ID":"A","施設・場所名":"甲"}},
    {"type":"Feature","geometry":{"type":"LineString","coordinates":[[139.6,35.6],[139.7,35.7]]},
     "properties":{"共通ID":"B","施設・場所名":"乙"}}]})");
  auto r = run_cli({"--db", db, "shelters", "import", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(file + ":3: geometry: feature is not a point"), std::string::npos) << r.err;
  bosai::test::write_file(file, "{ not json");
  EXPECT_EQ(run_cli({"--db", db, "shelters", "import", file}).exit_code, 2);
  EXPECT_TRUE(db_bytes(db) == bytes);
}

TEST(SheltersImportCli, CorruptedGsiGeoJsonIsRefusedWithItsLine) {
  BOSAI_REQUIRE_SHARED("tokyo-gsi/evacuation/131121.json");
  const auto original = bosai::test::read_file(shared("tokyo-gsi/evacuation/131121.json"));
  auto line_at = [](const std::string& text, std::size_t offset) {
    return std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
  };
  const auto coordinate = original.find("35.602764");
  const auto name = original.find("\"奥沢中学校\"");
  const auto feature = original.rfind("\"Feature\"", name);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {replace_nth(original, "35.602764", "35.60x764", 1), line_at(original, coordinate) + ": not valid JSON"},
      {replace_nth(original, "\"奥沢中学校\"", "\"\x89\x9c\x91\xf2\"", 1), line_at(original, name) + ": not valid UTF-8"},
      {replace_nth(original, "\"奥沢中学校\"", "\"\"", 1), line_at(original, feature) + ": 施設・場所名: empty name"},
  };
  TempDir tmp;
  const auto db = init_db(tmp);
  import_json(db, shared(kEmergency));
  const auto bytes = db_bytes(db);
  for (const auto& [text, expected] : cases) {
    const auto bad = (tmp / "bad.geojson").string();
    bosai::test::write_file(bad, text);
    auto r = run_cli({"--db", db, "shelters", "import", bad});
    EXPECT_EQ(r.exit_code, 2) << expected;
    EXPECT_NE(r.err.find(bad + ":" + expected), std::string::npos) << expected << "\n" << r.err;
    EXPECT_TRUE(db_bytes(db) == bytes);
  }
}

TEST(SheltersImportCli, BadOptionsAndMissingFilesAreBadInput) {
  TempDir tmp;
  const auto db = init_db(tmp);
  const auto csv = (tmp / "a.csv").string();
  bosai::test::write_file(csv, "共通ID,施設・場所名,緯度,経度\r\nA,甲,35.6,139.6\r\n");
  const auto bytes = db_bytes(db);
  auto expect_bad = [&](const std::vector<std::string>& args, const std::string& message) {
    std::vector<std::string> full = {"--db", db};
    full.insert(full.end(), args.begin(), args.end());
    auto r = run_cli(full);
    EXPECT_EQ(r.exit_code, 2) << message;
    EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
  };
  expect_bad({"shelters", "import", csv, "--format", "xls"}, "--format: unknown format \"xls\"");
  expect_bad({"shelters", "import", csv, "--kind", "school"}, "--kind: unknown kind \"school\"");
  expect_bad({"shelters", "import", (tmp / "missing.csv").string()}, "missing.csv: cannot read file");
  expect_bad({"shelters", "import", (tmp / "a.xlsx").string()}, "cannot tell the format from the extension");
  expect_bad({"shelters", "export", (tmp / "out.csv").string(), "--kind", "school"}, "--kind: unknown kind");
  expect_bad({"shelters", "list", "--district", "nowhere"}, "unknown 地区");
  bosai::test::write_file((tmp / "empty.csv").string(), "");
  expect_bad({"shelters", "import", (tmp / "empty.csv").string()}, "empty.csv:1: empty file");
  EXPECT_TRUE(db_bytes(db) == bytes);
  // With --kind the file's records take that kind.
  auto r = run_cli({"--db", db, "-q", "shelters", "import", csv, "--kind", "一時集合所"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(list_json(db)[0]["kind"], "gathering_point");
}
