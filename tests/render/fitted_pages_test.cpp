// Protects the first-action card print (render::fitted_pages_pdf): each fragment on a page of its own, in type
// that grows when the card has little on it and shrinks when it has much, every word inside the page's margins
// (nothing cut at the edge), and a fragment too long even at the smallest type running on to a further page with
// all its words rather than being cut.
#include "render/fitted_pages.h"
#include "support/poppler.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <regex>

namespace bosai::render {
namespace {

struct Word {
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string text;
};
struct Layout {
  double width = 0, height = 0;
  std::vector<Word> words;
  int pages = 0;
};

// Every word with its box, as `pdftotext -bbox` reads them back.
Layout read_layout(const std::filesystem::path& file) {
  const auto xml = test::poppler("pdftotext -bbox -enc UTF-8", file);
  Layout layout;
  const std::regex token(R"re(<page width="([0-9.]+)" height="([0-9.]+)">|<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), token); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    if (m[1].matched) {
      layout.width = std::stod(m[1]);
      layout.height = std::stod(m[2]);
      ++layout.pages;
    } else {
      layout.words.push_back({layout.pages, std::stod(m[3]), std::stod(m[4]), std::stod(m[5]), std::stod(m[6]), m[7]});
    }
  }
  return layout;
}

std::string card(const std::string& name, int steps) {
  std::string html = "<p style=\"font-size: x-large\"><b>" + name + "</b></p><table width=\"100%\">";
  for (int i = 1; i <= steps; ++i) {
    html += "<tr><td width=\"9%\"><b>" + std::to_string(i) + "</b></td><td>" + name + "の手順" + std::to_string(i) +
            "：受付の机を体育館の入口に置き、避難者カードと筆記用具を並べる</td><td>☐</td></tr>";
  }
  return html + "</table>";
}

const Word* find(const Layout& layout, const std::string& text) {
  for (const auto& w : layout.words) {
    if (w.text.find(text) != std::string::npos) return &w;
  }
  return nullptr;
}

TEST(FittedPages, EachCardOnItsOwnPageInTheLargestTypeThatFitsAndNothingCut) {
  BOSAI_REQUIRE_POPPLER();
  test::TempDir dir;
  const PageFormat a6{PageFormat::Size::kA6, false, 7};
  const auto file = test::written(dir, fitted_pages_pdf({card("総務", 3), card("救護", 12)}, "cards", a6, 14, 8));
  const auto layout = read_layout(file);
  ASSERT_EQ(layout.pages, 2) << "one card a page";
  EXPECT_NEAR(layout.width, 297.6, 1);
  EXPECT_NEAR(layout.height, 419.5, 1);
  const auto* few = find(layout, "総務の手順1");
  const auto* many = find(layout, "救護の手順1");
  ASSERT_TRUE(few && many);
  EXPECT_EQ(few->page, 1);
  EXPECT_EQ(many->page, 2);
  EXPECT_GT(few->y1 - few->y0, 1.2 * (many->y1 - many->y0)) << "three steps print bigger than twelve";
  ASSERT_TRUE(find(layout, "救護の手順12")) << "the twelfth step is on the card";
  const double margin = 7 / 25.4 * 72;
  for (const auto& w : layout.words) {
    EXPECT_GE(w.x0, margin - 1) << w.text;
    EXPECT_LE(w.x1, layout.width - margin + 1) << w.text << " runs past the right margin";
    EXPECT_GE(w.y0, margin - 1) << w.text;
    EXPECT_LE(w.y1, layout.height - margin + 1) << w.text << " runs past the foot";
  }
}

TEST(FittedPages, ACardTooLongEvenAtTheSmallestTypeRunsOnWithAllItsWords) {
  BOSAI_REQUIRE_POPPLER();
  test::TempDir dir;
  const PageFormat a6{PageFormat::Size::kA6, false, 7};
  const auto layout = read_layout(test::written(dir, fitted_pages_pdf({card("給食", 40)}, "cards", a6, 14, 8)));
  EXPECT_GE(layout.pages, 2);
  for (int i = 1; i <= 40; ++i) EXPECT_TRUE(find(layout, "給食の手順" + std::to_string(i) + "：")) << "step " << i;
  for (const auto& w : layout.words) EXPECT_LE(w.y1, layout.height - 7 / 25.4 * 72 + 1) << w.text;
}

}  // namespace
}  // namespace bosai::render
