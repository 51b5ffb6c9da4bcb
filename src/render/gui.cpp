#include "render/gui.h"

#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QRawFont>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#if defined(__SANITIZE_ADDRESS__)
// fontconfig keeps its configuration until exit and Qt never calls FcFini, so LeakSanitizer reports a few hundred
// bytes inside libfontconfig at every exit of a program that drew text. That is the library's, not ours: silence
// exactly that library, in sanitizer builds only, for every binary that links rendering (tests and the CLI).
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
#endif

namespace bosai::render {

namespace {

// Qt's warnings (no XDG_RUNTIME_DIR, font cache notes) mean nothing to someone printing a sheet; errors still show.
void quiet_qt_messages(QtMsgType type, const QMessageLogContext&, const QString& message) {
  if (type == QtCriticalMsg || type == QtFatalMsg) std::fprintf(stderr, "bosai: Qt: %s\n", qPrintable(message));
}

}  // namespace

void ensure_gui() {
  if (QCoreApplication::instance()) return;
  if (!std::getenv("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  qInstallMessageHandler(quiet_qt_messages);
  static int argc = 1;
  static char name[] = "bosai";
  static char* argv[] = {name, nullptr};
  // Never destroyed: at exit Qt's own globals go first, and a QGuiApplication torn down after them would touch
  // freed state. The process ends right after anyway.
  static QGuiApplication* app = new QGuiApplication(argc, argv);
  static_cast<void>(app);
}

QFont page_font(double point_size) {
  ensure_gui();
  QFont font("Noto Sans CJK JP");
  font.setPointSizeF(point_size);
  // Shaped through HarfBuzz, a Latin run ("truck-1", "X131129…", "4tトラック") draws its digits with glyphs the
  // font's cmap does not reach, which Qt's PDF writer leaves out of the ToUnicode map: pdftotext lost them.
  // Neither Latin nor Japanese needs shaping here, so the glyphs stay the cmap's own.
  font.setStyleStrategy(QFont::PreferNoShaping);
  if (!QFontInfo(font).family().startsWith("Noto Sans CJK")) {
    throw std::runtime_error("the Japanese page font Noto Sans CJK JP is not installed (Debian package fonts-noto-cjk)");
  }
  return font;
}

const std::map<char32_t, char32_t>& look_alike_replacements() {
  static const std::map<char32_t, char32_t> table = [] {
    const QRawFont raw = QRawFont::fromFont(page_font(12));
    auto glyph_of = [&](char32_t c) {
      const QString s = QString::fromUcs4(&c, 1);
      const auto glyphs = raw.glyphIndexesForString(s);
      return glyphs.isEmpty() ? 0u : glyphs.front();
    };
    std::map<quint32, char32_t> ideograph_of_glyph;
    for (char32_t c = 0x4E00; c <= 0x9FFF; ++c) {
      const auto g = glyph_of(c);
      if (g != 0) ideograph_of_glyph.emplace(g, c);  // the first, lowest ideograph keeps the glyph
    }
    std::map<char32_t, char32_t> out;
    for (char32_t c = 0x2E80; c <= 0x2FDF; ++c) {
      const auto g = glyph_of(c);
      if (g == 0) continue;
      if (const auto it = ideograph_of_glyph.find(g); it != ideograph_of_glyph.end()) out.emplace(c, it->second);
    }
    // Punctuation our pages write whose glyph the font shares with a lower code point, which Qt then names:
    // ・ came back as ‧ (U+2027) and the en dash of 09:00–17:00 as the figure dash ‒ (U+2012).
    for (const char32_t meant : {U'\u30FB', U'\u2013'}) {
      const auto g = glyph_of(meant);
      if (g == 0) continue;
      for (char32_t c = 0x00A0; c < meant; ++c) {
        if (glyph_of(c) == g) out.emplace(c, meant);
      }
    }
    return out;
  }();
  return table;
}

}  // namespace bosai::render
