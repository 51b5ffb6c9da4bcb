#include "report/markdown_html.h"

#include "report/html_escape.h"

#include <regex>
#include <sstream>
#include <vector>

namespace bosai::report {
namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

bool ends_with_any(const std::string& s, std::initializer_list<std::string_view> endings) {
  for (const auto e : endings) {
    if (s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

std::string trim(const std::string& s) {
  const auto a = s.find_first_not_of(" \t\r");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

// Escaped, with **bold** as bold: the only emphasis the sample documents use.
std::string plain_inline(const std::string& text) {
  static const std::regex bold("\\*\\*([^*]+)\\*\\*");
  return std::regex_replace(html_escape(text), bold, "<b>$1</b>");
}

std::vector<std::string> table_cells(const std::string& row) {
  std::vector<std::string> cells;
  std::string t = trim(row);
  if (starts_with(t, "|")) t.erase(0, 1);
  if (!t.empty() && t.back() == '|') t.pop_back();
  std::stringstream in(t);
  for (std::string cell; std::getline(in, cell, '|');) cells.push_back(trim(cell));
  return cells;
}

bool separator_row(const std::vector<std::string>& cells) {
  for (const auto& c : cells) {
    if (c.empty() || c.find_first_not_of("-: ") != std::string::npos) return false;
  }
  return !cells.empty();
}

// The open block a line continues, closed by a blank line, a heading or a block of another kind.
enum class Block { kNone, kParagraph, kList, kSteps, kTable };

class Writer {
 public:
  explicit Writer(const MarkdownHooks& hooks) : hooks_(hooks) {}

  std::string words(const std::string& text) const { return hooks_.inline_html ? hooks_.inline_html(text) : plain_inline(text); }

  void open(Block b) {
    if (block_ == b) return;
    close();
    block_ = b;
    if (b == Block::kParagraph) out_ << "<p>";
    if (b == Block::kList) out_ << "<table class=\"items\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n";
    if (b == Block::kSteps) out_ << "<table class=\"steps\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n";
    if (b == Block::kTable) {
      out_ << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n";
      table_rows_ = 0;
    }
  }
  void close() {
    if (block_ == Block::kParagraph) out_ << "</p>\n";
    if (block_ == Block::kList || block_ == Block::kSteps || block_ == Block::kTable) out_ << "</table>\n";
    block_ = Block::kNone;
  }
  void end_section() {
    close();
    if (!section_.empty() && hooks_.section_end) out_ << hooks_.section_end(section_);
    section_.clear();
  }

  void line(const std::string& raw) {
    const std::string t = trim(raw);
    static const std::regex heading("^##\\s+(.*?)\\s*\\{#([a-z0-9_-]+)[^}]*\\}\\s*$");
    static const std::regex step("^([0-9]+)[.．]\\s*(.*)$");
    static const std::regex item("^[-*]\\s+\\[([ xX])\\]\\s*(.*)$");
    std::smatch m;
    if (t.empty()) return close();
    if (starts_with(t, "<!--")) return;
    if (starts_with(t, "# ")) return;
    if (std::regex_match(t, m, heading)) {
      end_section();
      section_ = m[2];
      out_ << "<h2 id=\"" << html_escape(section_) << "\">" << words(m[1]) << "</h2>\n";
      return;
    }
    if (starts_with(t, "### ") || starts_with(t, "#### ")) {
      close();
      out_ << "<h3>" << words(trim(t.substr(t.find(' ')))) << "</h3>\n";
      return;
    }
    if (std::regex_match(t, m, item)) {
      open(Block::kList);
      out_ << "<tr><td width=\"5%\" valign=\"top\">" << (m[1] == " " ? "☐" : "☑") << "</td><td>" << words(m[2])
           << "</td></tr>\n";
      return;
    }
    if (std::regex_match(t, m, step)) {
      open(Block::kSteps);
      out_ << "<tr><td width=\"6%\" valign=\"top\"><b>" << m[1] << ".</b></td><td>" << words(m[2])
           << "</td><td width=\"5%\" valign=\"top\" align=\"right\">☐</td></tr>\n";
      return;
    }
    if (starts_with(t, "- ") || starts_with(t, "* ")) {
      open(Block::kList);
      out_ << "<tr><td width=\"5%\" valign=\"top\">・</td><td>" << words(trim(t.substr(2))) << "</td></tr>\n";
      return;
    }
    if (starts_with(t, "|")) {
      const auto cells = table_cells(t);
      if (separator_row(cells)) return;
      open(Block::kTable);
      const char* tag = table_rows_++ == 0 ? "th" : "td";
      out_ << "<tr>";
      for (const auto& c : cells) out_ << "<" << tag << ">" << words(c) << "</" << tag << ">";
      out_ << "</tr>\n";
      return;
    }
    // Japanese prose joins its lines without a space; a line that ends without 。！？ (目安: 3時間, a heading-like
    // line) keeps its break, or "目安: 3時間持ち物: 腕章" would run together.
    if (block_ == Block::kParagraph && !ends_sentence_) out_ << "<br>";
    open(Block::kParagraph);
    out_ << words(t);
    ends_sentence_ = ends_with_any(t, {"。", "！", "？", "!", "?"});
  }

  std::string finish() {
    end_section();
    return out_.str();
  }

 private:
  const MarkdownHooks& hooks_;
  std::ostringstream out_;
  Block block_ = Block::kNone;
  std::string section_;
  int table_rows_ = 0;
  bool ends_sentence_ = true;
};

}  // namespace

std::string markdown_html(const std::string& body, const MarkdownHooks& hooks) {
  Writer w(hooks);
  std::stringstream in(body);
  for (std::string line; std::getline(in, line);) w.line(line);
  return w.finish();
}

}  // namespace bosai::report
