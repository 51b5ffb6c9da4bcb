// Protects the bound printout (a plan on A4 with its A3 map folded in): each part starts on a new page on its
// own paper, the HTML part pages itself (a long text runs over several A4 pages, page breaks honoured), and the
// map page that follows is whole (its title, list and legend), searchable like any other printout.
#include "render/bound_pdf.h"
#include "support/poppler.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <regex>

namespace bosai::render {
namespace {

map::MapScene district_scene() {
  map::MapScene scene;
  scene.title = "見本区 長沼地区 防災地図";
  scene.date = "2026年12月1日現在";
  Area district("長沼");
  district.add_polygon({{35.60, 139.60}, {35.60, 139.62}, {35.62, 139.62}, {35.62, 139.60}, {35.60, 139.60}});
  scene.districts.push_back({"01", "長沼", district, true});
  scene.sites = {{"C", 1, "長沼小学校", ShelterKind::kDesignated, {35.615, 139.603}, "見本区長沼三丁目6-7"}};
  return scene;
}

// "Page N size: W x H pts" for every page, as pdfinfo prints them.
std::vector<std::string> page_sizes(const std::filesystem::path& file) {
  const auto info = test::poppler("pdfinfo -f 1 -l 99", file);
  std::vector<std::string> sizes;
  const std::regex line("Page +[0-9]+ size: +([0-9.]+ x [0-9.]+) pts");
  for (auto it = std::sregex_iterator(info.begin(), info.end(), line); it != std::sregex_iterator(); ++it) {
    sizes.push_back((*it)[1]);
  }
  return sizes;
}

TEST(BoundPdf, EachPartStartsAPageOnItsOwnPaper) {
  BOSAI_REQUIRE_POPPLER();
  test::TempDir dir;
  std::string plan = "<h1>長沼地区 地区防災計画</h1>";
  for (int i = 0; i < 80; ++i) plan += "<p>第" + std::to_string(i + 1) + "段落: 地区の中で一人も取り残さない。</p>";
  plan += "<h1 style=\"page-break-before: always\">防災カルテ</h1><p>高齢化率 24.0 %</p>";
  PrintedPart map_part;
  map_part.format = {PageFormat::Size::kA3, true, 10};
  map_part.scenes = {district_scene()};
  const auto file = test::written(dir, bound_pdf({{PageFormat{}, plan, {}, {}}, map_part}, "長沼地区 地区防災計画"));
  const auto sizes = page_sizes(file);
  ASSERT_GE(sizes.size(), 4u) << "80 paragraphs run over two A4 pages, the karte is a third, the map a fourth";
  for (std::size_t i = 0; i + 1 < sizes.size(); ++i) EXPECT_EQ(sizes[i], "595 x 842") << "page " << i + 1;
  EXPECT_EQ(sizes.back(), "1191 x 842") << "the map on A3 landscape";
  const auto last = std::to_string(sizes.size());
  const auto map_text = test::poppler("pdftotext -enc UTF-8 -f " + last + " -l " + last, file);
  for (const char* word : {"長沼地区 防災地図", "長沼小学校", "指定避難所"}) {
    EXPECT_NE(map_text.find(word), std::string::npos) << word << " not on the map page: " << map_text;
  }
  const auto before = std::to_string(sizes.size() - 1);
  EXPECT_NE(test::poppler("pdftotext -enc UTF-8 -f " + before + " -l " + before, file).find("高齢化率"),
            std::string::npos)
      << "the page break put the karte on a page of its own, just before the map";
  EXPECT_NE(test::poppler("pdftotext -enc UTF-8", file).find("第80段落"), std::string::npos);
}

}  // namespace
}  // namespace bosai::render
