#pragma once
#include <cstddef>
#include <map>
#include <string>

namespace bosai::render {

// Qt 6.4's PDF writer builds each font's ToUnicode map from the font's cmap backwards, glyph → lowest code
// point. CJK fonts draw 一 and the Kangxi radical ⼀ (U+2F00) with one glyph, so the map says ⼀, and a
// search for 高齢者 in the PDF finds nothing (pdftotext gives ⾼齢者). This rewrites every ToUnicode CMap in
// `pdf`, replacing each code point found in `replacements` (radical → ideograph), and rebuilds the
// cross-reference table for the changed lengths. Returns how many mappings changed; a PDF without ToUnicode
// maps is left as it is. std::runtime_error when the file is not a PDF of the shape Qt writes (one classic
// xref table, direct stream lengths), so a change in Qt is noticed instead of producing a broken file.
std::size_t repair_to_unicode(std::string& pdf, const std::map<char32_t, char32_t>& replacements);

}  // namespace bosai::render
