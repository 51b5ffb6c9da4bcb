#pragma once
#include <map>

class QFont;

namespace bosai::render {

// Rendering needs a QGuiApplication (fonts, painting) even in the CLI and in tests, where there is no screen:
// this makes one on the offscreen platform the first time it is called, unless the program (bosai-studio)
// already has its own. Call from the thread that paints.
void ensure_gui();

// The page font: Noto Sans CJK JP (Debian fonts-noto-cjk), loaded by name. std::runtime_error naming the
// package when it is not installed: a fallback font would print tofu or Chinese glyph forms.
QFont page_font(double point_size);

// Code points the page font draws with the same glyph as a character our pages write and that sort before it,
// each with that character: what Qt's PDF writer wrongly puts in ToUnicode maps. Kangxi radicals and CJK radical
// supplements for the ideographs they look like (⾼ for 高), and look-alike punctuation for ・ and the en dash.
// Built once from the font's own cmap.
const std::map<char32_t, char32_t>& look_alike_replacements();

}  // namespace bosai::render
