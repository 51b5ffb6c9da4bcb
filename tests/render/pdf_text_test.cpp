// Protects paper that can be searched: a PDF written through the render module gives back, with pdftotext,
// exactly the Japanese that was drawn (高齢者, not the Kangxi look-alike ⾼齢者 Qt 6.4 writes) and every digit of
// ids like truck-1, embeds the CJK font, has the page size asked for, and stays a well-formed PDF after its
// ToUnicode maps are rewritten.
#include "render/gui.h"
#include "render/html_pdf.h"
#include "render/map_pages.h"
#include "render/pdf_text_repair.h"
#include "support/poppler.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace bosai::render {
namespace {

using test::poppler;
using test::written;

// Every xref entry points at its object, and startxref at the table.
void expect_consistent_xref(const std::string& pdf) {
  const auto startxref = pdf.rfind("startxref");
  ASSERT_NE(startxref, std::string::npos);
  const std::size_t table = std::stoul(pdf.substr(startxref + 9));
  ASSERT_EQ(pdf.compare(table, 4, "xref"), 0) << "startxref points at " << pdf.substr(table, 10);
  std::istringstream in(pdf.substr(table + 4));
  long first = 0, count = 0;
  in >> first >> count;
  std::string offset, generation, kind;
  for (long object = first; object < first + count; ++object) {
    in >> offset >> generation >> kind;
    if (kind != "n") continue;
    const std::string head = std::to_string(object) + " 0 obj";
    EXPECT_EQ(pdf.compare(std::stoul(offset), head.size(), head), 0) << "object " << object;
  }
}

TEST(PdfText, PdftotextGivesBackTheKanjiThatWereDrawn) {
  BOSAI_REQUIRE_POPPLER();
  test::TempDir dir;
  const std::string pdf = html_to_pdf(
      "<h1>個別避難計画</h1><p>高齢者 一時集合所 指定避難所 長 行 二 十 小 避難行動要支援者</p>", "試験");
  const std::string text = poppler("pdftotext -enc UTF-8", written(dir, pdf));
  for (const char* word : {"高齢者", "一時集合所", "指定避難所", "長", "行", "避難行動要支援者", "個別避難計画"}) {
    EXPECT_NE(text.find(word), std::string::npos) << word << " not found in: " << text;
  }
  // No Kangxi radical (U+2F00–U+2FDF) or CJK radical supplement (U+2E80–U+2EFF): UTF-8 E2 BA..BF; no U+FFFD.
  EXPECT_FALSE(std::regex_search(text, std::regex("\xE2[\xBA-\xBF]"))) << text;
  EXPECT_EQ(text.find("\xEF\xBF\xBD"), std::string::npos) << text;
  expect_consistent_xref(pdf);
}

// Digits inside Latin words (vehicle and shelter ids, 4tトラック) came back empty: shaped glyphs had no
// ToUnicode entry.
TEST(PdfText, DigitsInLatinWordsComeBack) {
  BOSAI_REQUIRE_POPPLER();
  test::TempDir dir;
  const std::string pdf =
      html_to_pdf("<p>4tトラック1号 truck-1 X1311290081111</p><p><small>bike-1 (bicycle)</small></p>", "試験");
  const std::string text = poppler("pdftotext -enc UTF-8", written(dir, pdf));
  for (const char* word : {"4tトラック1号", "truck-1", "X1311290081111", "bike-1"}) {
    EXPECT_NE(text.find(word), std::string::npos) << word << " not found in: " << text;
  }
}

// Punctuation the font shares with a lower code point came back as the look-alike (‧ for ・, ‒ for –), so a
// search for 携帯・簡易トイレ or a time range failed.
TEST(PdfText, JapanesePunctuationComesBackAsWritten) {
  BOSAI_REQUIRE_POPPLER();
  test::TempDir dir;
  const std::string text =
      poppler("pdftotext -enc UTF-8", written(dir, html_to_pdf("<p>携帯・簡易トイレ 09:00–17:00</p>", "試験")));
  EXPECT_NE(text.find("携帯・簡易トイレ"), std::string::npos) << text;
  EXPECT_NE(text.find("09:00–17:00"), std::string::npos) << text;
}

TEST(PdfText, TheCjkFontIsEmbeddedAndThePageIsTheSizeAskedFor) {
  BOSAI_REQUIRE_POPPLER();
  test::TempDir dir;
  const auto a4 = written(dir, html_to_pdf("<p>避難所</p>", "a4"), "a4.pdf");
  const std::string fonts = poppler("pdffonts", a4);
  EXPECT_TRUE(std::regex_search(fonts, std::regex("NotoSansCJKjp\\S*\\s+CID TrueType\\s+Identity-H\\s+yes"))) << fonts;
  EXPECT_NE(poppler("pdfinfo", a4).find("595 x 842 pts (A4)"), std::string::npos);
  const auto a3 = written(dir, html_to_pdf("<p>地区</p>", "a3", {PageFormat::Size::kA3, true, 10}), "a3.pdf");
  EXPECT_NE(poppler("pdfinfo", a3).find("1191 x 842 pts (A3)"), std::string::npos) << poppler("pdfinfo", a3);
}

// A map's labels, legend and list are text too: a committee searches the A3 map for its shelter.
TEST(PdfText, MapPagesAreSearchableA3WithTheirLabelsLegendAndList) {
  BOSAI_REQUIRE_POPPLER();
  test::TempDir dir;
  map::MapScene scene;
  scene.title = "見本区 長沼地区 防災地図";
  scene.date = "2026年12月1日現在";
  Area district("長沼");
  district.add_polygon({{35.60, 139.60}, {35.60, 139.62}, {35.62, 139.62}, {35.62, 139.60}, {35.60, 139.60}});
  scene.districts.push_back({"01", "長沼", district, true});
  scene.sites = {{"A", 1, "行善寺公園", ShelterKind::kGatheringPoint, {35.605, 139.605}, "見本区長沼一丁目2-3"},
                 {"B", 2, "高齢者福祉センター", ShelterKind::kWelfare, {35.612, 139.611}, "見本区長沼二丁目4-5"},
                 {"C", 3, "長沼小学校", ShelterKind::kDesignated, {35.615, 139.603}, "見本区長沼三丁目6-7"}};
  scene.credits = {"道路: © OpenStreetMap contributors (ODbL)"};
  const std::string pdf = map_pages_pdf({scene}, {PageFormat::Size::kA3, true, 10});
  const auto file = written(dir, pdf, "map.pdf");
  const std::string text = poppler("pdftotext -enc UTF-8", file);
  for (const char* word : {"長沼地区 防災地図", "行善寺公園", "高齢者福祉センター", "長沼小学校", "一時集合所",
                           "指定避難所", "福祉避難所", "見本区長沼二丁目4-5", "OpenStreetMap contributors",
                           "2026年12月1日現在"}) {
    EXPECT_NE(text.find(word), std::string::npos) << word << " not found in: " << text;
  }
  EXPECT_FALSE(std::regex_search(text, std::regex("\xE2[\xBA-\xBF]"))) << text;
  EXPECT_NE(poppler("pdfinfo", file).find("1191 x 842 pts (A3)"), std::string::npos);
  EXPECT_TRUE(std::regex_search(poppler("pdffonts", file), std::regex("NotoSansCJKjp\\S*\\s+CID TrueType\\s+Identity-H\\s+yes")));
  expect_consistent_xref(pdf);
}

TEST(PdfText, TheFontsOwnLookAlikesMapBackToWhatPagesWrite) {
  const auto& table = look_alike_replacements();
  EXPECT_EQ(table.at(U'\u2F00'), U'\u4E00');  // ⼀ → 一
  EXPECT_EQ(table.at(U'\u2FBC'), U'\u9AD8');  // ⾼ → 高
  EXPECT_EQ(table.at(U'\u2ED1'), U'\u9577');  // ⻑ → 長
  EXPECT_EQ(table.at(U'\u2F8F'), U'\u884C');  // ⾏ → 行
  EXPECT_EQ(table.at(U'\u2027'), U'\u30FB');  // ‧ → ・
  EXPECT_EQ(table.at(U'\u2012'), U'\u2013');  // ‒ → –
  for (const auto& [look_alike, meant] : table) {
    EXPECT_LT(look_alike, meant);
    const bool radical = look_alike >= U'\u2E80' && look_alike <= U'\u2FDF';
    if (radical) EXPECT_TRUE(meant >= U'\u4E00' && meant <= U'\u9FFF');
    if (!radical) EXPECT_TRUE(meant == U'\u30FB' || meant == U'\u2013');
  }
}

// A PDF of Qt's shape built by hand, with a range whose consecutive destinations are both radicals: the range
// must become two separate mappings, and the xref must follow the longer stream.
std::string tiny_pdf(const std::string& cmap_body) {
  const std::string cmap = "/CIDInit /ProcSet findresource begin\nbegincmap\n" + cmap_body + "endcmap\nend\n";
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  auto object = [&](const std::string& body) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  object("<< /Type /Catalog >>");
  object("<< /Type /Font /ToUnicode 3 0 R >>");
  object("<< /Length " + std::to_string(cmap.size()) + " >>\nstream\n" + cmap + "endstream");
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 4\n0000000000 65535 f \n";
  for (auto o : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", o);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(PdfTextRepair, RangesAndArraysAreRewrittenAndTheFileStaysWellFormed) {
  std::string pdf = tiny_pdf("2 beginbfrange\n<0001> <0002> <2F00>\n<0003> <0004> [<9F62> <2FBC>]\nendbfrange\n"
                             "1 beginbfchar\n<0005> <2ED1>\nendbfchar\n");
  const std::map<char32_t, char32_t> fix{{U'\u2F00', U'\u4E00'}, {U'\u2F01', U'\u4E28'}, {U'\u2FBC', U'\u9AD8'},
                                         {U'\u2ED1', U'\u9577'}};
  EXPECT_EQ(repair_to_unicode(pdf, fix), 4u);
  for (const char* mapping : {"<0001> <4E00>", "<0002> <4E28>", "<0003> <9F62>", "<0004> <9AD8>", "<0005> <9577>"}) {
    EXPECT_NE(pdf.find(mapping), std::string::npos) << mapping << "\n" << pdf;
  }
  EXPECT_EQ(pdf.find("2F00"), std::string::npos);
  expect_consistent_xref(pdf);
  const auto length_at = pdf.find("/Length ") + 8;
  const auto stream_at = pdf.find("stream\n", length_at) + 7;
  EXPECT_EQ(pdf.compare(stream_at + std::stoul(pdf.substr(length_at)), 9, "endstream"), 0) << "/Length is exact";
}

TEST(PdfTextRepair, NothingToRepairLeavesTheBytesAlone) {
  std::string pdf = tiny_pdf("1 beginbfchar\n<0001> <9AD8>\nendbfchar\n");
  const std::string before = pdf;
  EXPECT_EQ(repair_to_unicode(pdf, {{U'\u2F00', U'\u4E00'}}), 0u);
  EXPECT_EQ(pdf, before);
}

TEST(PdfTextRepair, AFileOfAnotherShapeIsRefusedNotBroken) {
  std::string not_pdf = "<html>";
  EXPECT_THROW(repair_to_unicode(not_pdf, {}), std::runtime_error);
  std::string indirect = tiny_pdf("1 beginbfchar\n<0001> <2F00>\nendbfchar\n");
  const auto at = indirect.find("/Length ") + 8;
  indirect.replace(at, indirect.find(" >>\nstream") - at, "9 0 R");
  EXPECT_THROW(repair_to_unicode(indirect, {{U'\u2F00', U'\u4E00'}}), std::runtime_error);
}

}  // namespace
}  // namespace bosai::render
