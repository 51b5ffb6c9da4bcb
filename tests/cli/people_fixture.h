#pragma once
#include "support/cli_runner.h"
#include "support/temp_dir.h"

#include <string>
#include <vector>

namespace bosai::test {

// A fresh ward database with the people key set up, and the arguments every people command needs.
class PeopleDb {
 public:
  PeopleDb();
  // `bosai --db DB --passphrase-file F --role ROLE args…`
  CliResult run(const std::string& role, const std::vector<std::string>& args) const;
  const TempDir& dir() const { return dir_; }
  std::string db() const { return (dir_ / "ward.db").string(); }
  std::string passphrase_file() const { return (dir_ / "pass").string(); }

 private:
  TempDir dir_;
};

// The shipped synthetic register (plans/sample-people.csv).
std::string sample_people_csv();

}  // namespace bosai::test
