// Protects the debrief's figures on paper: a charts PDF gives back with pdftotext the Japanese title, category
// labels, series names and unit exactly as drawn (高齢者, 一時集合所: no Kangxi look-alikes), embeds the CJK
// font, is the paper asked for, pages `per_page` charts at a time, and refuses bad charts before writing.
#include "render/chart_pdf.h"
#include "support/poppler.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <stdexcept>

namespace bosai::render {
namespace {

std::vector<Chart> debrief_charts() {
  Chart arrivals;
  arrivals.kind = Chart::Kind::kStackedBars;
  arrivals.title = "避難所別の到着者数（長町地区）";
  arrivals.categories = {"一時集合所", "指定避難所", "福祉避難所", "行政センター"};
  arrivals.series = {{"高齢者", {12, 30, 18, 4}}, {"避難行動要支援者", {3, 8, 15, 1}}, {"その他", {40, 55, 2, 9}}};
  arrivals.unit = "人";
  arrivals.reference = ReferenceLine{"収容可能", 90};
  Chart times;
  times.kind = Chart::Kind::kLines;
  times.title = "安否確認の完了率";
  times.categories = {"9:00", "9:10", "9:20", "9:30", "9:40", "9:50", "10:00"};
  times.series = {{"第1回訓練", {0, 10, 25, 40, NAN, 70, 81}}, {"第2回訓練", {0, 18, 37, 59, 72, 86, 93}}};
  times.unit = "%";
  times.reference = ReferenceLine{"目標", 90};
  return {arrivals, times};
}

TEST(ChartPdf, PdftotextGivesBackTheJapaneseThatWasDrawn) {
  BOSAI_REQUIRE_POPPLER();
  bosai::test::TempDir dir;
  const std::string text = bosai::test::poppler(
      "pdftotext -enc UTF-8", bosai::test::written(dir, charts_to_pdf(debrief_charts(), "訓練の振り返り")));
  for (const char* word :
       {"避難所別の到着者数（長町地区）", "一時集合所", "指定避難所", "福祉避難所", "行政センター", "高齢者",
        "避難行動要支援者", "収容可能", "安否確認の完了率", "第2回訓練", "目標", "（人）"}) {
    EXPECT_NE(text.find(word), std::string::npos) << word << " not found in: " << text;
  }
  EXPECT_FALSE(std::regex_search(text, std::regex("\xE2[\xBA-\xBF]"))) << "a Kangxi radical: " << text;
  EXPECT_EQ(text.find("\xEF\xBF\xBD"), std::string::npos) << text;
}

TEST(ChartPdf, LongCategoryNamesUnderManyBarsAreTurnedNotCut) {
  BOSAI_REQUIRE_POPPLER();
  Chart districts;
  districts.title = "地区別の避難者数";
  districts.unit = "人";
  districts.series = {{"避難者", {}}};
  for (int i = 1; i <= 20; ++i) {
    districts.categories.push_back("第" + std::to_string(i) + "地区まちづくりセンター");
    districts.series[0].values.push_back(100 + 10 * i);
  }
  bosai::test::TempDir dir;
  const std::string text =
      bosai::test::poppler("pdftotext -enc UTF-8", bosai::test::written(dir, charts_to_pdf({districts}, "地区")));
  for (const auto& name : districts.categories) EXPECT_NE(text.find(name), std::string::npos) << name << " in " << text;
}

TEST(ChartPdf, TheFontIsEmbeddedAndThePaperAndPagingAreAsAskedFor) {
  BOSAI_REQUIRE_POPPLER();
  bosai::test::TempDir dir;
  const auto a4 = bosai::test::written(dir, charts_to_pdf(debrief_charts(), "a4"), "a4.pdf");
  EXPECT_TRUE(std::regex_search(bosai::test::poppler("pdffonts", a4),
                                std::regex("NotoSansCJKjp\\S*\\s+CID TrueType\\s+Identity-H\\s+yes")));
  const std::string a4_info = bosai::test::poppler("pdfinfo", a4);
  EXPECT_NE(a4_info.find("595 x 842 pts (A4)"), std::string::npos) << a4_info;
  EXPECT_TRUE(std::regex_search(a4_info, std::regex("Pages:\\s+1\n"))) << a4_info;
  const auto a3 =
      bosai::test::written(dir, charts_to_pdf(debrief_charts(), "a3", {PageFormat::Size::kA3, true, 12}, 1), "a3.pdf");
  const std::string a3_info = bosai::test::poppler("pdfinfo", a3);
  EXPECT_NE(a3_info.find("1191 x 842 pts (A3)"), std::string::npos) << a3_info;
  EXPECT_TRUE(std::regex_search(a3_info, std::regex("Pages:\\s+2\n"))) << "one chart a page: " << a3_info;
}

TEST(ChartPdf, BadChartsAreRefusedBeforeAnythingIsWritten) {
  auto charts = debrief_charts();
  charts[1].series[0].values.pop_back();
  EXPECT_THROW(charts_to_pdf(charts, "x"), std::invalid_argument);
  EXPECT_THROW(charts_to_pdf({}, "x"), std::invalid_argument);
  EXPECT_THROW(charts_to_pdf(debrief_charts(), "x", {}, 0), std::invalid_argument);
}

}  // namespace
}  // namespace bosai::render
