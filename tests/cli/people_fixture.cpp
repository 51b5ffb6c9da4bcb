#include "people_fixture.h"

#include "support/shared_data.h"

#include <gtest/gtest.h>

namespace bosai::test {

PeopleDb::PeopleDb() {
  write_file(dir_ / "pass", "correct horse battery staple\n");
  auto init = run_cli({"--db", db(), "-q", "init"});
  EXPECT_EQ(init.exit_code, 0) << init.err;
  auto setup = run("ward_staff", {"people", "setup"});
  EXPECT_EQ(setup.exit_code, 0) << setup.err;
}

CliResult PeopleDb::run(const std::string& role, const std::vector<std::string>& args) const {
  std::vector<std::string> all = {"--db", db(), "--passphrase-file", passphrase_file(), "--role", role};
  all.insert(all.end(), args.begin(), args.end());
  return run_cli(all);
}

std::string sample_people_csv() { return (source_dir() / "plans" / "sample-people.csv").string(); }

}  // namespace bosai::test
