#include "report/document_diff.h"

#include "core/calendar_date.h"
#include "report/document_version_line.h"
#include "report/html_escape.h"
#include "report/sheet_style.h"

#include <sstream>

namespace bosai::report {
namespace {

constexpr const char* kStyle = R"css(
del { color: #700; } ins { color: #060; text-decoration: none; font-weight: bold; }
.unchanged { font-size: 9.5pt; margin-top: 4mm; }
)css";


std::string shown(const std::string& text, const char* tag) {
  return text.empty() ? "" : std::string("<") + tag + ">" + html_escape(text) + "</" + tag + ">";
}

}  // namespace

std::string document_diff_html(const services::DocumentComparison& c, const std::string& title) {
  std::ostringstream html;
  html << sheet_head(title, kStyle) << "<h1>" << html_escape(title) << "</h1>\n";
  html << "<p>旧: " << html_escape(version_line(c.before)) << "<br>新: " << html_escape(version_line(c.after))
       << "</p>\n";
  std::string unchanged;
  for (const auto& s : c.diff.sections) {
    const std::string& name = s.title_after.empty() ? s.title_before : s.title_after;
    if (s.kind == documents::SectionChangeKind::kUnchanged) {
      unchanged += (unchanged.empty() ? "" : "、") + html_escape(name);
      continue;
    }
    html << "<h2>" << html_escape(documents::section_heading(s)) << "：" << section_change_label(s.kind)
         << "</h2>\n";
    if (s.kind == documents::SectionChangeKind::kChanged && s.title_before != s.title_after) {
      html << "<p>見出しの変更: " << shown(s.title_before, "del") << " → " << shown(s.title_after, "ins") << "</p>\n";
    }
    if (s.kind == documents::SectionChangeKind::kChanged && s.attributes_before != s.attributes_after) {
      html << "<p>属性の変更: " << shown(s.attributes_before, "del") << " → " << shown(s.attributes_after, "ins")
           << "</p>\n";
    }
    if (s.changes.empty()) continue;
    html << "<table width=\"100%\" cellspacing=\"0\" border=\"1\">\n<tr><th width=\"16%\">変更</th><th width=\"42%\">旧"
         << "</th><th width=\"42%\">新</th></tr>\n";
    for (const auto& u : s.changes) {
      html << "<tr><td>" << html_escape(documents::unit_change_label(u)) << "</td><td>" << shown(documents::shown_before(u), "del")
           << "</td><td>" << shown(documents::shown_after(u), "ins") << "</td></tr>\n";
    }
    html << "</table>\n";
  }
  if (c.diff.empty()) html << "<p>二つの版の本文に違いはありません。</p>\n";
  if (!unchanged.empty()) html << "<p class=\"unchanged\">変更のない節: " << unchanged << "</p>\n";
  html << "</body>\n</html>\n";
  return html.str();
}

}  // namespace bosai::report
