// Protects how outputs are written: whole or not at all, personal data 0600 from the moment it exists, a
// symlink planted where the temporary goes is never followed, and an unwritable place is an OutputError
// that leaves nothing behind.
#include "services/output_files.h"

#include "core/error.h"
#include "support/temp_dir.h"

#include <sys/stat.h>

#include <gtest/gtest.h>

namespace bosai {
namespace {

std::size_t entries(const std::filesystem::path& dir) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

TEST(OutputFiles, PrivateFilesAre0600AndNothingElseIsLeft) {
  test::TempDir dir;
  services::write_file(dir / "export.csv", "台帳番号,氏名\n", services::FileAccess::kPrivate);
  struct stat st{};
  ASSERT_EQ(::stat((dir / "export.csv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(test::read_file(dir / "export.csv"), "台帳番号,氏名\n");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(OutputFiles, ASymlinkAtTheTargetIsReplacedNotFollowed) {
  test::TempDir dir;
  test::write_file(dir / "elsewhere.txt", "keep me");
  std::filesystem::create_symlink(dir / "elsewhere.txt", dir / "out.csv");
  services::write_file(dir / "out.csv", "new", services::FileAccess::kPrivate);
  EXPECT_EQ(test::read_file(dir / "elsewhere.txt"), "keep me");
  EXPECT_FALSE(std::filesystem::is_symlink(dir / "out.csv"));
  EXPECT_EQ(test::read_file(dir / "out.csv"), "new");
}

TEST(OutputFiles, AnUnwritablePlaceIsAnOutputErrorAndLeavesNothing) {
  test::TempDir dir;
  EXPECT_THROW(services::write_file(dir / "no-such-folder" / "x.html", "x"), OutputError);
  test::write_file(dir / "a-file", "");
  EXPECT_THROW(services::write_files(dir / "a-file" / "sub", {{"plan.json", "{}"}}), OutputError);
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(OutputFiles, AFileSetLandsTogether) {
  test::TempDir dir;
  services::write_files(dir / "plan", {{"plan.json", "{}"}, {"routes.geojson", "{}"}});
  EXPECT_EQ(entries(dir / "plan"), 2u);
  // A set whose second member cannot be written leaves the first one's old content in place.
  test::write_file(dir / "plan" / "plan.json", "old");
  std::filesystem::create_directory(dir / "plan" / "blocked.html");  // a folder where a file should go
  EXPECT_THROW(services::write_files(dir / "plan", {{"plan.json", "new"}, {"blocked.html", "x"}}), OutputError);
  EXPECT_EQ(test::read_file(dir / "plan" / "plan.json"), "old");
  EXPECT_EQ(entries(dir / "plan"), 3u);
}

}  // namespace
}  // namespace bosai
