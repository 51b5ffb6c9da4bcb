#include "report/sheet_style.h"

#include "report/html_escape.h"

namespace bosai::report {
namespace {

constexpr const char* kStyle = R"css(
@page { size: A4; margin: 14mm; }
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; font-size: 10.5pt; color: #000; }
h1 { font-size: 15pt; margin: 0 0 3mm; border-bottom: 2px solid #000; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; background: #eee; padding: 1mm 2mm; }
h3 { font-size: 11pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
th, td { border: 1px solid #444; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #f4f4f4; font-weight: normal; }
)css";

}  // namespace

std::string sheet_head(const std::string& title, const std::string& extra_css) {
  return "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
         "</title>\n<style>" + kStyle + extra_css + "</style>\n</head>\n<body>\n";
}

}  // namespace bosai::report
