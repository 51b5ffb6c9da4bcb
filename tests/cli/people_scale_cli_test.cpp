// Protects import at ward scale: a 10,000-person register with a few bad rows is refused with every bad line
// listed and nothing written; the clean file imports; per-地区 progress matches a count made from the CSV
// itself (not from anything the importer produced).
#include "people_fixture.h"

#include "plans/ward_structure_reader.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <random>
#include <sstream>

using namespace bosai::test;

namespace {

const char* kHeader =
    "台帳番号,氏名,ふりがな,生年月日,性別,住所,電話番号,支援が必要な理由,世帯,孤立,地区,町会,要介護度,身体障害等級,"
    "医療機器,言語,緯度,経度,浸水想定区域,土砂災害警戒区域,木造密集地域,名簿提供同意,名簿提供同意日,名簿提供同意方法,"
    "計画作成同意,計画作成同意日,計画作成同意方法,計画提供同意,計画提供同意日,計画提供同意方法";

// Synthetic people only: 試験 surnames, 03-0000 phone numbers, 架空町 addresses.
std::string synthetic_register(int count, std::uint32_t seed) {
  const auto ward = bosai::plans::read_ward_structure(source_dir() / "plans" / "ward.toml");
  std::mt19937 rng(seed);
  auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  std::ostringstream out;
  out << kHeader << "\r\n";
  for (int i = 1; i <= count; ++i) {
    const auto& d = ward.districts[static_cast<std::size_t>(pick(static_cast<int>(ward.districts.size())))];
    const bool share = pick(10) < 7, plan = share && pick(2), share_plan = plan && pick(5) < 4;
    auto consent = [](bool given) { return given ? std::string("1,2024-05-01,書面") : std::string("0,,"); };
    out << "T" << i << ",試験 " << i << "号,しけん," << 1930 + pick(40) << "-0" << 1 + pick(9) << "-1" << pick(10)
        << ",女,東京都世田谷区" << d.name << "架空町" << i << ",03-0000-" << 1000 + i % 9000 << ",歩行困難,"
        << (pick(2) ? "単身" : "同居") << ",0," << d.code << ",," << (pick(3) ? "要介護3" : "") << ",,,,,,"
        << pick(2) << ",0,0," << consent(share) << "," << consent(plan) << "," << consent(share_plan) << "\r\n";
  }
  return out.str();
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> f;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, ',')) f.push_back(cell);
  if (!line.empty() && line.back() == ',') f.emplace_back();
  return f;
}

// Replaces row `n` (1 = first data row, file line n + 1) with `row`.
std::string with_row(const std::string& csv, int n, const std::string& row) {
  std::size_t start = 0;
  for (int line = 0; line < n; ++line) start = csv.find('\n', start) + 1;
  const std::size_t end = csv.find('\n', start);
  return csv.substr(0, start) + row + "\r" + csv.substr(end);
}

}  // namespace

TEST(PeopleScaleCli, TenThousandRowsBadRowsAllListedCleanFileCountsMatch) {
  PeopleDb db;
  const std::string clean = synthetic_register(10000, 42);
  const auto rows = [&] {
    std::vector<std::vector<std::string>> out;
    std::istringstream in(clean);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      out.push_back(split(line));
    }
    return out;
  }();
  ASSERT_EQ(rows.size(), 10000u);

  // A handful of bad rows, each with a different mistake.
  std::string bad = clean;
  auto row_text = [&](int n) {
    std::string r;
    for (const auto& f : rows[static_cast<std::size_t>(n - 1)]) r += (r.empty() ? "" : ",") + f;
    return r;
  };
  auto edit = [&](int n, int column, const std::string& value) {
    auto f = rows[static_cast<std::size_t>(n - 1)];
    f[static_cast<std::size_t>(column)] = value;
    std::string r;
    for (const auto& v : f) r += (r.empty() ? "" : ",") + v;
    bad = with_row(bad, n, r);
  };
  edit(17, 10, "atlantis");     // unknown 地区
  edit(2500, 6, "unknown");     // not a phone number
  edit(5000, 3, "1950-13-01");  // no 13th month
  edit(7777, 1, "");            // no name
  edit(9999, 8, "大家族");      // not a household kind
  bad = with_row(bad, 4242, row_text(10));  // same 台帳番号 as row 10
  write_file(db.dir() / "people.csv", bad);
  auto refused = db.run("ward_staff", {"people", "import", (db.dir() / "people.csv").string()});
  EXPECT_EQ(refused.exit_code, 2);
  for (int n : {17, 2500, 5000, 7777, 9999, 4242}) {
    EXPECT_NE(refused.err.find("people.csv:" + std::to_string(n + 1) + ":"), std::string::npos)
        << "line " << n + 1 << " not reported:\n" << refused.err.substr(0, 2000);
  }
  EXPECT_NE(refused.err.find("6 bad row(s)"), std::string::npos) << refused.err.substr(0, 500);
  auto empty = db.run("facilitator", {"people", "progress", "--json"});
  ASSERT_EQ(empty.exit_code, 0) << empty.err;
  EXPECT_EQ(nlohmann::json::parse(empty.out)["total"]["registered"], 0) << "a refused file wrote nothing";

  write_file(db.dir() / "people.csv", clean);
  auto imported = db.run("ward_staff", {"people", "import", (db.dir() / "people.csv").string(), "--json"});
  ASSERT_EQ(imported.exit_code, 0) << imported.err.substr(0, 2000);
  EXPECT_EQ(nlohmann::json::parse(imported.out)["added"], 10000);

  std::map<std::string, std::array<long, 4>> expected;  // registered, 名簿同意, 計画同意, 提供同意
  for (const auto& f : rows) {
    auto& e = expected[f[10]];
    ++e[0];
    e[1] += f[21] == "1";
    e[2] += f[24] == "1";
    e[3] += f[27] == "1";
  }
  auto progress = db.run("facilitator", {"people", "progress", "--json"});
  ASSERT_EQ(progress.exit_code, 0) << progress.err;
  const auto j = nlohmann::json::parse(progress.out);
  long total = 0;
  for (const auto& d : j["districts"]) {
    const auto e = expected[d["district"].get<std::string>()];
    EXPECT_EQ(d["registered"], e[0]) << d["district"];
    EXPECT_EQ(d["consented_register"], e[1]) << d["district"];
    EXPECT_EQ(d["consented_plan"], e[2]) << d["district"];
    EXPECT_EQ(d["consented_share"], e[3]) << d["district"];
    total += d["registered"].get<long>();
  }
  EXPECT_EQ(total, 10000);

  // Importing the same file again updates, it does not duplicate.
  auto again = db.run("ward_staff", {"people", "import", (db.dir() / "people.csv").string(), "--json"});
  ASSERT_EQ(again.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(again.out)["updated"], 10000);
}
