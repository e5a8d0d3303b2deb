"""Turn a rendered ``QImage`` into a movie frame: exactly the recording's size, RGB bytes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from actviz.model.publish.movie_file import Frame


def image_to_frame(image: QImage, size: tuple[int, int], background: QColor | None = None) -> Frame:
    """``image`` scaled to fit ``size`` (aspect kept, centred on ``background``) as an
    ``(height, width, 3)`` uint8 array."""
    width, height = size
    if image.width() != width or image.height() != height:
        scaled = image.scaled(
            QSize(width, height),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        canvas = QImage(width, height, QImage.Format.Format_RGB32)
        canvas.fill(background if background is not None else QColor("white"))
        painter = QPainter(canvas)
        painter.drawImage(
            QPoint((width - scaled.width()) // 2, (height - scaled.height()) // 2), scaled
        )
        painter.end()
        image = canvas
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    stride = rgb.bytesPerLine()  # rows are padded to 4 bytes
    raw = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * height)
    return raw.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()
