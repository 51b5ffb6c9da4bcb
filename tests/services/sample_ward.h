#pragma once
#include "people/session.h"
#include "store/store.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <memory>
#include <string>

namespace bosai::test {

// A fresh database holding the shipped sample ward (plans/), its 地区 boundaries, shelters and committee
// capacities, opened through the services as a front end would; people are added on request.
class SampleWard {
 public:
  SampleWard();
  store::Store& store() { return *store_; }
  const TempDir& dir() const { return dir_; }
  std::filesystem::path db() const { return dir_ / "ward.db"; }

  // Sets up the people key and imports plans/sample-people.csv (the synthetic register).
  void add_sample_people();
  // A session on the sample register for `role` (add_sample_people first).
  std::unique_ptr<people::Session> session(people::Role role);

  static std::filesystem::path sample(const std::filesystem::path& relative);  // a shipped sample file
  // Writes a drill scenario to `name` in dir() with its placeholders ROADS, POPULATION and SUPPLY (each where
  // present) replaced by the shipped sample road, population and supply files; returns its path.
  std::filesystem::path drill_scenario(std::string text, const std::string& name = "drill.toml") const;
  static constexpr const char* kPassphrase = "services test passphrase";

 private:
  TempDir dir_;
  std::unique_ptr<store::Store> store_;
};

}  // namespace bosai::test
