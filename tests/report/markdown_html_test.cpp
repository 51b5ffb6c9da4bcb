// Protects how a community document's Markdown prints: headings without their ids, checklist items with a box,
// numbered steps with their number and a box, tables with a head row, comments left out, and lines of Japanese
// prose joined while a line that ends without 。 (目安: 3時間) keeps its break.
#include "report/markdown_html.h"

#include <gtest/gtest.h>

using bosai::report::markdown_html;

TEST(MarkdownHtml, EachKindOfLinePrintsAsItReads) {
  const std::string body =
      "# 表題\n## 初動期 {#card-general-initial 種類=カード}\n目安: 参集から3時間\n持ち物: 腕章\n"
      "<!-- 所見（2026-11-03）: 受付が混んだ -->\n1. 腕章を着ける\n2. 本部を置く\n\n"
      "## 地区の特性 {#profile}\n古い家が多い。\n路地が狭い。\n- [ ] 見守り担当を決める\n- [x] 標識を配る\n"
      "| 項目 | 値 |\n|---|---|\n| 人口 | 40361 |\n### 小見出し\n";
  const auto html = markdown_html(body);
  EXPECT_EQ(html.find("表題"), std::string::npos) << "the caller heads the page";
  EXPECT_EQ(html.find("{#"), std::string::npos);
  EXPECT_EQ(html.find("所見"), std::string::npos) << "a comment is a note to the committee";
  EXPECT_NE(html.find("<h2 id=\"card-general-initial\">初動期</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find("<p>目安: 参集から3時間<br>持ち物: 腕章</p>"), std::string::npos) << html;
  EXPECT_NE(html.find("<b>2.</b></td><td>本部を置く</td>"), std::string::npos) << html;
  EXPECT_NE(html.find("<p>古い家が多い。路地が狭い。</p>"), std::string::npos) << html;
  EXPECT_NE(html.find("☐</td><td>見守り担当を決める"), std::string::npos) << html;
  EXPECT_NE(html.find("☑</td><td>標識を配る"), std::string::npos) << html;
  EXPECT_NE(html.find("<tr><th>項目</th><th>値</th></tr>\n<tr><td>人口</td><td>40361</td></tr>"), std::string::npos) << html;
  EXPECT_EQ(html.find("---"), std::string::npos) << "the separator row is not a row";
  EXPECT_NE(html.find("<h3>小見出し</h3>"), std::string::npos);
}

TEST(MarkdownHtml, SectionEndsAreOfferedToTheCallerAndTextIsEscaped) {
  bosai::report::MarkdownHooks hooks;
  std::vector<std::string> ended;
  hooks.section_end = [&](const std::string& id) {
    ended.push_back(id);
    return "<p>END " + id + "</p>";
  };
  const auto html = markdown_html("## A {#a}\n<b>は文字</b>\n## B {#b}\nx\n", hooks);
  EXPECT_EQ(ended, (std::vector<std::string>{"a", "b"}));
  EXPECT_LT(html.find("END a"), html.find("<h2 id=\"b\">"));
  EXPECT_NE(html.find("&lt;b&gt;は文字&lt;/b&gt;"), std::string::npos) << html;
}
