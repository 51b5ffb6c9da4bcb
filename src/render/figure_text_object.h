#pragma once
#include "render/sheet_figures.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace bosai::render {

// Draws a figure where a sheet's HTML has <img src="NAME" width=… height=…> and NAME is one of `maps`: the
// figure flows and pages with the text, drawn in vectors (a map with its legend underneath, a chart with its
// axes). Sizes are CSS pixels (1/96 in).
class FigureTextObject : public QObject, public QTextObjectInterface {
  Q_OBJECT
  Q_INTERFACES(QTextObjectInterface)

 public:
  explicit FigureTextObject(const SheetFigures& maps) : maps_(maps) {}

  // Registers with `document`'s layout and swaps each matching image for a map; call after setHtml.
  void install(QTextDocument& document);

  QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
  void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                  const QTextFormat& format) override;

 private:
  const SheetFigures& maps_;
};

}  // namespace bosai::render
