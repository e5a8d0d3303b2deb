"""Help > Tour: a short guided walk through the panels, each with something to try.

The tour finds panels by their ``objectName`` (the widget-name contract in DESIGN.md), brings each
into view (switching tab, raising its dock) and says what to try there. A lab not built yet is found
by its page (a :class:`QtLabPage`), which builds it when shown. A panel the window does not have is
skipped, so the tour never points at nothing. The same "what to try" text is set as each
panel's What's This help (Shift+F1, then click the panel).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate_marked
from actviz.views.widgets.qt_lab_page import PANEL_PROPERTY, QtLabPage


@dataclass(frozen=True)
class TourStep:
    """A stop of the tour; ``title`` and ``text`` are English, marked for the catalogue and shown
    through :meth:`title_text` and :meth:`text_text` in the language of the moment."""

    target: str | None  # objectName of the panel to show; a trailing "*" matches a prefix
    title: str
    text: str

    def title_text(self) -> str:
        return translate_marked("TourStep", self.title)

    def text_text(self) -> str:
        return translate_marked("TourStep", self.text)


#: Set on a panel whose What's This text is its tour hint (so a new language may replace it).
HINT_PROPERTY = "tourHint"


STEPS: tuple[TourStep, ...] = (
    TourStep(
        None,
        QT_TRANSLATE_NOOP("TourStep", "Welcome to actviz"),
        QT_TRANSLATE_NOOP(
            "TourStep",
            "A neuron computes z = w·x + b and passes it through an activation f. Without f, any "
            "stack of layers collapses into one straight-line map. This tour shows where to see "
            "why. Use Next and Back (Alt+N, Alt+B); the app stays live while the tour is open.",
        ),
    ),
    TourStep(
        "activationPicker",
        QT_TRANSLATE_NOOP("TourStep", "Pick an activation"),
        QT_TRANSLATE_NOOP(
            "TourStep",
            "Type to filter the list, and use the arrow keys to step through it: the curves "
            "follow. Try ReLU, then sigmoid: where is each derivative zero, and where is it "
            "largest?",
        ),
    ),
    TourStep(
        "paramPanel",
        QT_TRANSLATE_NOOP("TourStep", "Turn the knobs"),
        QT_TRANSLATE_NOOP(
            "TourStep",
            "Each parameter has a slider and an exact entry. Pick leaky ReLU and drag its slope "
            "from 0 to 1: at 0 it is ReLU, at 1 it is a straight line that cannot bend anything.",
        ),
    ),
    TourStep(
        "functionPlot",
        QT_TRANSLATE_NOOP("TourStep", "Read the curves"),
        QT_TRANSLATE_NOOP(
            "TourStep",
            "The solid curve is f, the dashed one is f′, the slope that backprop multiplies by. "
            "Hover for exact values, zoom with the wheel (corners stay sharp), and pin a curve to "
            "compare it with the next one.",
        ),
    ),
    TourStep(
        "neuronPanel",
        QT_TRANSLATE_NOOP("TourStep", "One neuron, both passes"),
        QT_TRANSLATE_NOOP(
            "TourStep",
            "Drag the weights and bias until z < 0 with ReLU: dL/dz drops to 0 and Step changes "
            "nothing (a dying ReLU). Switch to leaky ReLU and press Step again: it recovers.",
        ),
    ),
    TourStep(
        "softmaxPanel",
        QT_TRANSLATE_NOOP("TourStep", "Softmax and temperature"),
        QT_TRANSLATE_NOOP(
            "TourStep",
            "Lower the temperature towards 0.01: the probabilities approach one-hot. Raise it "
            "to 100: they flatten towards uniform. Add the same number to every score: nothing "
            "changes.",
        ),
    ),
    TourStep(
        "deepNetPanel",
        QT_TRANSLATE_NOOP("TourStep", "A deep network"),
        QT_TRANSLATE_NOOP(
            "TourStep",
            "Try the presets. Sigmoid's gradient shrinks by orders of magnitude from the last "
            "layer to the first; ReLU with He initialisation keeps its scale through 50 layers.",
        ),
    ),
    TourStep(
        None,
        QT_TRANSLATE_NOOP("TourStep", "Lessons and the classroom"),
        QT_TRANSLATE_NOOP(
            "TourStep",
            "File › Save session (Ctrl+S) keeps every panel in a .actviz lesson file to hand "
            "out; opening it restores everything. View › Presentation mode (Ctrl+Shift+P) and F11 "
            "suit a projector. Help › Keyboard shortcuts lists every key.",
        ),
    ),
)


def find_target(window: QWidget, target: str) -> QWidget | None:
    """The first widget named ``target`` (or starting with it, for a trailing "*")."""
    if target.endswith("*"):
        prefix = target[:-1]
        for widget in window.findChildren(QWidget):
            if widget.objectName().startswith(prefix) and widget.isVisibleTo(window):
                return widget
        return None
    found = window.findChild(QWidget, target)
    if isinstance(found, QWidget):
        return found
    for page in window.findChildren(QtLabPage):  # not built yet: showing its page builds it
        if page.property(PANEL_PROPERTY) == target:
            return page
    return None


def reveal(widget: QWidget) -> None:
    """Bring ``widget`` on screen: select the tabs that hold it, show its dock, open the folded
    side that holds it (any ancestor with a ``reveal_child(child)`` method), scroll to it."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        reveal_child = getattr(parent, "reveal_child", None)
        if callable(reveal_child):
            reveal_child(child)
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            tabs.setCurrentWidget(child)
        elif isinstance(parent, QDockWidget):
            parent.show()
            parent.raise_()
        elif isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        child, parent = parent, parent.parentWidget()


def install_hints(window: QWidget) -> int:
    """Set each found panel's What's This text to its tour hint, in the language of the moment
    (a panel's own What's This text stays); return how many were set."""
    count = 0
    for step in STEPS:
        if step.target is None or step.target.endswith("*"):
            continue
        panel = find_target(window, step.target)
        if panel is not None and (not panel.whatsThis() or panel.property(HINT_PROPERTY)):
            panel.setWhatsThis(f"<b>{step.title_text()}</b><br>{step.text_text()}")
            panel.setProperty(HINT_PROPERTY, True)
            count += 1
    return count


class QtTourDialog(QDialog):
    """Non-modal: the window stays usable while the tour talks."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("tourDialog")
        self.setModal(False)
        self._window = window
        self.steps = [s for s in STEPS if s.target is None or find_target(window, s.target)]
        self.index = 0

        self.counter = QLabel(self)
        self.title = QLabel(self)
        self.title.setObjectName("tourTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setObjectName("tourText")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.resize(460, 240)
        self._show_step()

    @property
    def step(self) -> TourStep:
        return self.steps[self.index]

    def next(self) -> None:
        if self.index + 1 < len(self.steps):
            self.index += 1
            self._show_step()
        else:
            self.close()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_step()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The texts of the step on show, in the language of the moment (it stays where it is)."""
        step = self.step
        self.setWindowTitle(self.tr("Tour of actviz"))
        number, count = format_number(self.index + 1, "d"), format_number(len(self.steps), "d")
        self.counter.setText(self.tr("{number} of {count}").format(number=number, count=count))
        self.title.setText(step.title_text())
        self.body.setText(step.text_text())
        self.back_button.setText(self.tr("&Back"))
        last = self.index + 1 == len(self.steps)
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.close_button.setText(self.tr("&Close"))

    def _show_step(self) -> None:
        step = self.step
        self.retranslate()
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setDefault(True)
        panel = find_target(self._window, step.target) if step.target is not None else None
        if panel is not None:
            reveal(panel)
        self._place_away_from(panel)

    def _place_away_from(self, panel: QWidget | None) -> None:
        """Sit in the window's corner farthest from the panel being shown (centre if none)."""
        frame = self._window.frameGeometry()
        size = self.frameGeometry().size() if self.isVisible() else self.sizeHint()
        margin = 24
        left, top = frame.left() + margin, frame.top() + 2 * margin
        right = frame.right() - margin - size.width()
        bottom = frame.bottom() - margin - size.height()
        if panel is None or not panel.isVisible():
            self.move(frame.center() - self.rect().center())
            return
        centre = panel.mapToGlobal(panel.rect().center())
        corners = [QPoint(x, y) for x in (left, right) for y in (top, bottom)]
        mid = QPoint(size.width() // 2, size.height() // 2)
        self.move(max(corners, key=lambda c: (c + mid - centre).manhattanLength()))
