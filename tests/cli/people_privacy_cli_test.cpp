// Protects the privacy promises of the people register as a user meets them through the CLI: no personal
// field is in the database files in plain text, a wrong passphrase reads and changes nothing, roles are
// enforced, every access is logged, and tampering with the log is detected.
#include "people_fixture.h"

#include "store/sqlite/database.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>

using namespace bosai::test;

namespace {

struct SampleRow {
  std::string name, address, phone;
};

// Reads names, addresses and phones straight from the CSV (columns 2, 6, 7), independent of the importer.
std::vector<SampleRow> sample_rows() {
  std::vector<SampleRow> out;
  std::istringstream in(read_file(sample_people_csv()));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) f.push_back(cell);
    if (f.size() > 6) out.push_back({f[1], f[5], f[6]});
  }
  return out;
}

std::string all_database_bytes(const std::string& db) {
  std::string bytes;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    if (std::filesystem::exists(db + suffix)) bytes += read_file(db + suffix);
  }
  return bytes;
}

}  // namespace

TEST(PeoplePrivacyCli, NoNameAddressOrPhoneIsStoredInPlainText) {
  PeopleDb db;
  auto import = db.run("ward_staff", {"people", "import", sample_people_csv()});
  ASSERT_EQ(import.exit_code, 0) << import.err;
  const auto rows = sample_rows();
  ASSERT_EQ(rows.size(), 200u);
  // Read back through the CLI so the database has also served reads (and logged them) before the search.
  ASSERT_EQ(db.run("ward_staff", {"people", "list", "--json"}).exit_code, 0);
  for (bool checkpointed : {false, true}) {
    if (checkpointed) {
      bosai::store::Database handle(db.db());
      handle.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto bytes = all_database_bytes(db.db());
    for (const auto& r : rows) {
      EXPECT_EQ(bytes.find(r.name), std::string::npos) << r.name;
      EXPECT_EQ(bytes.find(r.address), std::string::npos) << r.address;
      EXPECT_EQ(bytes.find(r.phone), std::string::npos) << r.phone;
    }
  }
}

TEST(PeoplePrivacyCli, WrongPassphraseFailsClearlyAndChangesNothing) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  { bosai::store::Database(db.db()).exec("PRAGMA wal_checkpoint(TRUNCATE)"); }
  const auto before = all_database_bytes(db.db());
  write_file(db.dir() / "wrong", "incorrect horse battery staple\n");
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"people", "list"}, {"people", "import", sample_people_csv()}, {"audit", "verify"}}) {
    std::vector<std::string> all = {"--db", db.db(), "--passphrase-file", (db.dir() / "wrong").string(), "--role",
                                    "ward_staff"};
    all.insert(all.end(), args.begin(), args.end());
    auto r = run_cli(all);
    EXPECT_EQ(r.exit_code, 2) << args[1];
    EXPECT_NE(r.err.find("wrong passphrase"), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find("見本"), std::string::npos);
  }
  EXPECT_EQ(all_database_bytes(db.db()), before);
}

TEST(PeoplePrivacyCli, FacilitatorCannotReadOrExportPersonalFields) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  const auto out = (db.dir() / "export.csv").string();
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"people", "list"}, {"people", "show", "1"}, {"people", "export", out}, {"audit", "log"}}) {
    auto r = db.run("facilitator", args);
    EXPECT_EQ(r.exit_code, 2) << args[1];
    EXPECT_NE(r.err.find("facilitator"), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find("03-0000"), std::string::npos);
  }
  EXPECT_FALSE(std::filesystem::exists(out));
  // The committee gets no bulk export either; ward staff do.
  EXPECT_EQ(db.run("committee", {"people", "export", out}).exit_code, 2);
  auto ok = db.run("ward_staff", {"people", "export", out});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(read_file(out).find("03-0000-0001"), std::string::npos);
}

TEST(PeoplePrivacyCli, EveryAccessIsLoggedAndEditsToTheLogAreDetected) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  ASSERT_EQ(db.run("centre_staff", {"people", "show", "7"}).exit_code, 0);
  ASSERT_EQ(db.run("facilitator", {"people", "list"}).exit_code, 2);
  ASSERT_EQ(db.run("ward_staff", {"people", "export", (db.dir() / "e.csv").string()}).exit_code, 0);
  auto log = db.run("ward_staff", {"audit", "log", "--json"});
  ASSERT_EQ(log.exit_code, 0) << log.err;
  for (const char* expected : {"\"action\":\"import\"", "\"subject\":\"person:7\"", "\"action\":\"denied:list\"",
                               "\"action\":\"export\"", "\"role\":\"centre_staff\""}) {
    EXPECT_NE(log.out.find(expected), std::string::npos) << expected << "\n" << log.out;
  }
  EXPECT_EQ(log.out.find("03-0000"), std::string::npos) << "the log names people by id only";
  ASSERT_EQ(db.run("ward_staff", {"audit", "verify"}).exit_code, 0);

  // The schema refuses edits outright …
  {
    bosai::store::Database handle(db.db());
    EXPECT_ANY_THROW(handle.exec("UPDATE audit_log SET detail = 'nothing' WHERE seq = 2"));
    EXPECT_ANY_THROW(handle.exec("DELETE FROM audit_log WHERE seq = 3"));
    // … and someone who drops the guards is still caught by the chain.
    handle.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET role = 'ward_staff' WHERE seq = 4");
  }
  auto verify = db.run("ward_staff", {"audit", "verify"});
  EXPECT_EQ(verify.exit_code, 1);
  EXPECT_NE(verify.out.find("entry 4: content was altered"), std::string::npos) << verify.out;
}

TEST(PeoplePrivacyCli, DeletedOrTruncatedLogEntriesAreDetected) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  ASSERT_EQ(db.run("ward_staff", {"people", "show", "1"}).exit_code, 0);
  ASSERT_EQ(db.run("ward_staff", {"people", "show", "2"}).exit_code, 0);
  {
    bosai::store::Database handle(db.db());
    handle.exec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2");
  }
  auto middle = db.run("ward_staff", {"audit", "verify"});
  EXPECT_EQ(middle.exit_code, 1);
  EXPECT_NE(middle.out.find("entries removed"), std::string::npos) << middle.out;

  PeopleDb other;
  ASSERT_EQ(other.run("ward_staff", {"people", "list"}).exit_code, 0);
  {
    bosai::store::Database handle(other.db());
    handle.exec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)");
  }
  auto tail = other.run("ward_staff", {"audit", "verify"});
  EXPECT_EQ(tail.exit_code, 1);
  EXPECT_NE(tail.out.find("removed from the end"), std::string::npos) << tail.out;
}
