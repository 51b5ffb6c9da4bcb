#include "render/figure_text_object.h"

#include "render/map_figure.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

#include <utility>
#include <vector>

namespace bosai::render {
namespace {

constexpr int kMapObject = QTextFormat::UserObject + 1;
constexpr int kMapName = QTextFormat::UserProperty + 1;
constexpr int kMapWidth = QTextFormat::UserProperty + 2;
constexpr int kMapHeight = QTextFormat::UserProperty + 3;
constexpr double kCssDpi = 96;

double device_per_css_px(QTextDocument* document) {
  const QPaintDevice* device = document->documentLayout()->paintDevice();
  return device ? device->logicalDpiX() / kCssDpi : 1.0;
}

}  // namespace

void FigureTextObject::install(QTextDocument& document) {
  document.documentLayout()->registerHandler(kMapObject, this);
  std::vector<std::pair<int, QTextImageFormat>> found;
  for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
    for (auto it = block.begin(); !it.atEnd(); ++it) {
      const QTextFragment fragment = it.fragment();
      if (!fragment.charFormat().isImageFormat()) continue;
      const QTextImageFormat image = fragment.charFormat().toImageFormat();
      if (maps_.count(image.name().toStdString()) != 0) found.emplace_back(fragment.position(), image);
    }
  }
  for (const auto& [position, image] : found) {
    QTextCharFormat object;
    object.setObjectType(kMapObject);
    object.setProperty(kMapName, image.name());
    object.setProperty(kMapWidth, image.width() > 0 ? image.width() : 640.0);
    object.setProperty(kMapHeight, image.height() > 0 ? image.height() : 480.0);
    QTextCursor cursor(&document);
    cursor.setPosition(position);
    cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
  }
}

QSizeF FigureTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format) {
  const double k = device_per_css_px(document);
  return {format.doubleProperty(kMapWidth) * k, format.doubleProperty(kMapHeight) * k};
}

void FigureTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) {
  const auto it = maps_.find(format.stringProperty(kMapName).toStdString());
  if (it == maps_.end()) return;
  draw_sheet_figure(*painter, rect, it->second);
}

}  // namespace bosai::render
