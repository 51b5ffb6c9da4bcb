// Protects all-or-nothing imports against the worst case: the process killed with SIGKILL while it writes a
// large import. The database must still pass `bosai check` and hold either none or all of the import.
#include "store/open_store.h"
#include "store/shelter_repository.h"
#include "support/cli_runner.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using bosai::test::run_cli;
using bosai::test::TempDir;

namespace {

constexpr long kRows = 200000;

// A synthetic GSI-layout file: ids, names and positions are made up.
std::string big_import() {
  std::ostringstream out;
  out << "\xEF\xBB\xBFNO,共通ID,都道府県名及び市町村名,施設・場所名,住所,指定緊急避難場所との住所同一,"
         "その他市町村長が必要と認める事項,受入対象者,緯度,経度,備考\r\n";
  for (long i = 0; i < kRows; ++i) {
    out << i + 1 << ",T" << i << ",東京都試験区,試験避難所" << i << ",東京都試験区" << i % 100 << "-" << i % 37
        << ",,,," << 35.6 + static_cast<double>(i % 1000) * 0.0001 << ","
        << 139.6 + static_cast<double>(i / 1000) * 0.0001 << ",\r\n";
  }
  return out.str();
}

long shelter_count(const std::string& db) {
  auto store = bosai::store::open_store(db);
  return store->shelters().count();
}

// Starts `bosai --db DB shelters import FILE`, waits until it says it is writing, then kills it with SIGKILL.
// Returns true when the kill landed while it was still running.
bool import_and_kill(const std::string& db, const std::string& file) {
  int err[2];
  if (pipe(err) != 0) return false;
  const char* cli = std::getenv("BOSAI_CLI");
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(err[1], STDERR_FILENO);
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    close(err[0]);
    execl(cli, cli, "--db", db.c_str(), "shelters", "import", file.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(err[1]);
  std::string seen;
  char buf[256];
  ssize_t n;
  while (seen.find("writing") == std::string::npos && (n = read(err[0], buf, sizeof buf)) > 0) {
    seen.append(buf, static_cast<std::size_t>(n));
  }
  kill(pid, SIGKILL);
  close(err[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

}  // namespace

TEST(SheltersKill, KillDuringALargeImportLeavesAllOrNothing) {
  TempDir tmp;
  const auto db = (tmp / "bosai.db").string();
  ASSERT_EQ(run_cli({"--db", db, "-q", "init", "--fresh"}).exit_code, 0);
  const auto small = (tmp / "small.csv").string();
  bosai::test::write_file(small,
                          "共通ID,施設・場所名,緯度,経度\r\nS1,既存の避難所,35.64,139.65\r\nS2,既存の公園,35.65,139.66\r\n");
  ASSERT_EQ(run_cli({"--db", db, "-q", "shelters", "import", small}).exit_code, 0);
  const long before = shelter_count(db);
  ASSERT_EQ(before, 2);

  const auto file = (tmp / "big.csv").string();
  bosai::test::write_file(file, big_import());
  EXPECT_TRUE(import_and_kill(db, file)) << "the import finished before the kill: nothing was tested";

  auto check = run_cli({"--db", db, "check"});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  const long after = shelter_count(db);
  EXPECT_TRUE(after == before || after == before + kRows) << "partial import: " << after;

  // And the same import run to the end lands completely.
  auto full = run_cli({"--db", db, "-q", "shelters", "import", file});
  EXPECT_EQ(full.exit_code, 0) << full.err;
  EXPECT_EQ(shelter_count(db), before + kRows);
}
