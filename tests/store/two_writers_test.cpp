// Protects the audit chain when two processes write one database at once (two PCs at a 地区 centre on a
// shared folder, or the CLI beside the desktop app): every entry links to the one before, none is lost.
#include "people/audit_trail.h"
#include "people/people_service.h"
#include "sample_store.h"
#include "store/audit_repository.h"
#include "store/open_store.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <iostream>

namespace bosai {
namespace {

constexpr int kWritesPerProcess = 60;

// One writer: its own connection and session, then a mix of imports (people rows + an audit entry in one
// transaction) and reads (an audit entry each), started together with the other writer. The exit code says
// how it went (the child must not touch GoogleTest's state).
[[noreturn]] void writer(const std::filesystem::path& file, const std::string& register_csv, int ready_fd, int go_fd) {
  int code = 0;
  try {
    auto store = store::open_store(file);
    auto session = test::staff_session(*store);
    people::PeopleService people(*session);
    const auto ids = people.list({});  // the first of its kWritesPerProcess logged accesses
    char byte = 1;
    if (write(ready_fd, &byte, 1) != 1 || read(go_fd, &byte, 1) != 0) throw std::runtime_error("no start signal");
    for (int i = 0; i < kWritesPerProcess - 1; ++i) {
      if (i % 5 == 0) {
        people.import_register(register_csv, "register.csv", false);
      } else {
        people.get(ids[static_cast<std::size_t>(i) % ids.size()].id);
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "writer " << getpid() << ": " << e.what() << "\n";
    code = 1;
  }
  _exit(code);
}

TEST(TwoWriters, ConcurrentAuditLoggedWritesKeepOneValidChain) {
  test::TempDir tmp;
  const auto file = tmp / "ward.db";
  const auto register_csv = test::sample_register(8);
  long long entries_before = 0;
  {
    auto store = test::open_sample_store(file);
    auto session = test::staff_session(*store);
    people::PeopleService(*session).import_register(register_csv, "register.csv", false);
    entries_before = static_cast<long long>(store->audit().entries().size());
  }
  int ready[2];
  int go[2];
  ASSERT_EQ(pipe(ready), 0);
  ASSERT_EQ(pipe(go), 0);
  pid_t children[2];
  for (auto& child : children) {
    child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(ready[0]);
      close(go[1]);
      writer(file, register_csv, ready[1], go[0]);
    }
  }
  close(ready[1]);
  close(go[0]);
  // Both have unlocked their keys (the slow part); closing `go` releases them at the same moment.
  char byte;
  for (int i = 0; i < 2; ++i) EXPECT_EQ(read(ready[0], &byte, 1), 1);
  close(go[1]);
  close(ready[0]);
  for (const auto child : children) {
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "a writer failed (its error is on stderr)";
  }

  auto store = store::open_store(file);
  auto session = test::staff_session(*store);
  const auto verification = session->audit().verify();
  EXPECT_EQ(verification.problems, std::vector<std::string>{});
  EXPECT_EQ(verification.entries, entries_before + 2 * kWritesPerProcess);
}

}  // namespace
}  // namespace bosai
