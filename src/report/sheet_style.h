#pragma once
#include <string>

namespace bosai::report {

// The opening of every A4 sheet a committee prints (the 新旧対照, a plan, a manual, a karte): the same type,
// headings and ruled tables, so papers handed round together look like one set. `extra_css` adds a sheet's own
// rules. Tables should also carry width/cellspacing attributes: the PDF path (QTextDocument) reads those.
std::string sheet_head(const std::string& title, const std::string& extra_css = "");

}  // namespace bosai::report
