"""A zoomable view of a form image with field rectangles; optionally the user draws new rectangles.

Scene coordinates are pixels of the template's 300-dpi reference image (a smaller preview is scaled up), so
boxes from templates are drawn as they are. GUI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView


def pixmap_from_bytes(data: bytes) -> QPixmap:
    pm = QPixmap()
    pm.loadFromData(data)  # JPEG or PNG, detected from the bytes
    return pm


def pixmap_from_gray(arr) -> QPixmap:
    h, w = arr.shape
    img = QImage(arr.data, w, h, arr.strides[0], QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(img.copy())


class ScanView(QGraphicsView):
    rect_drawn = Signal(QRectF)      # a new rectangle (reference px) drawn by the user

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._pixmap_item = None
        self._boxes: dict[str, QGraphicsRectItem] = {}
        self.draw_enabled = False
        self.drawn_modifiers = Qt.KeyboardModifier.NoModifier   # keys held when the last rectangle was drawn
        self._press: QPointF | None = None
        self._rubber: QGraphicsRectItem | None = None
        self.setBackgroundBrush(QBrush(QColor("#d8dde3")))

    # ---------------------------------------------------------------- image + boxes
    def set_image(self, pixmap: QPixmap, scene_width: int | None = None) -> None:
        self.scene().clear()
        self._boxes.clear()
        self._rubber = None
        scene_width = scene_width or pixmap.width()
        if pixmap.width() > 1400:  # a smooth (area) downscale once reads far better than live bilinear sampling
            pixmap = pixmap.scaledToWidth(1240, Qt.TransformationMode.SmoothTransformation)
        self._pixmap_item = self.scene().addPixmap(pixmap)
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        if pixmap.width():
            self._pixmap_item.setScale(scene_width / pixmap.width())
        self.scene().setSceneRect(self._pixmap_item.sceneBoundingRect())
        self.fit()

    def fit(self) -> None:
        if self._pixmap_item is not None:
            self.fitInView(self._pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    def clear_boxes(self) -> None:
        for item in self._boxes.values():
            self.scene().removeItem(item)
        self._boxes.clear()

    def add_box(self, key: str, box, color: str = "#1565c0") -> None:
        x, y, w, h = box
        pen = QPen(QColor(color), 6)
        item = self.scene().addRect(QRectF(x, y, w, h), pen, QBrush(Qt.BrushStyle.NoBrush))
        self._boxes[key] = item

    def remove_box(self, key: str) -> None:
        item = self._boxes.pop(key, None)
        if item is not None:
            self.scene().removeItem(item)

    def highlight(self, key: str | None, zoom: bool = False) -> None:
        for k, item in self._boxes.items():
            pen = item.pen()
            selected = k == key
            pen.setColor(QColor("#e65100" if selected else "#1565c0"))
            pen.setWidth(10 if selected else 5)
            item.setPen(pen)
            item.setBrush(QBrush(QColor(230, 81, 0, 40)) if selected else QBrush(Qt.BrushStyle.NoBrush))
        if key in self._boxes:
            rect = self._boxes[key].rect()
            if zoom:
                self.fitInView(rect.adjusted(-rect.width() * 0.3, -rect.height() * 2, rect.width() * 0.3,
                                             rect.height() * 2), Qt.AspectRatioMode.KeepAspectRatio)
            else:
                self.ensureVisible(rect)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            f = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(f, f)
        else:
            super().wheelEvent(event)

    # ---------------------------------------------------------------- drawing
    def mousePressEvent(self, event) -> None:
        if self.draw_enabled and event.button() == Qt.MouseButton.LeftButton and self._pixmap_item is not None:
            self._press = self.mapToScene(event.position().toPoint())
            self._rubber = self.scene().addRect(QRectF(self._press, self._press), QPen(QColor("#2e7d32"), 4))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is not None and self._rubber is not None:
            self._rubber.setRect(QRectF(self._press, self.mapToScene(event.position().toPoint())).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._press is not None and event.button() == Qt.MouseButton.LeftButton:
            end = self.mapToScene(event.position().toPoint())
            rect = QRectF(self._press, end).normalized().intersected(self.sceneRect())
            self._press = None
            if self._rubber is not None:
                self.scene().removeItem(self._rubber)
                self._rubber = None
            if rect.width() >= 10 and rect.height() >= 10:
                self.drawn_modifiers = event.modifiers()
                self.rect_drawn.emit(rect)
            event.accept()
            return
        super().mouseReleaseEvent(event)
