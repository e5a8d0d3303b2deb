"""The points the training lab learns from: the data split of the current settings, the points the
learner draws and the points loaded from a CSV file; a base of
:class:`~actviz.model.training.lab.TrainingLab`.

Drawn points are always training points (see :mod:`actviz.model.training.data`). When the data
set switches between classification and regression, the drawn points no longer fit and are
cleared; the lab says so after the restart that follows.
"""

from __future__ import annotations

import numpy as np

from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from actviz.model.training import options as opt
from actviz.model.training.data import NO_POINTS, DataSplit, build_split, read_points_csv
from actviz.model.training.settings import TrainingSettings


class TrainingPoints(TrainingSettings):
    """Settings plus the lab's points; subclasses implement ``_points_changed``."""

    def __init__(self) -> None:
        super().__init__()
        self._drawn = NO_POINTS.copy()
        self._loaded = NO_POINTS.copy()
        self._data: DataSplit | None = None
        self._points_cleared = False  # say so after the restart that follows

    @property
    def drawn_points(self) -> np.ndarray:
        """The learner's drawn points as rows of x, y, label (a copy)."""
        return self._drawn.copy()

    @property
    def loaded_points(self) -> np.ndarray:
        """Points loaded from a CSV file as rows of x, y, label (a copy)."""
        return self._loaded.copy()

    @property
    def data(self) -> DataSplit:
        """Training and test points of the current settings (drawn points are training points)."""
        if self._data is None:
            v = self._values
            self._data = build_split(
                v["dataset"], v["function"], v["noise"], v["train_fraction"], v["seed"],
                self._loaded, self._drawn, self.regression,
            )  # fmt: skip
        return self._data

    def add_point(self, x: object, y: object, label: object = None) -> None:
        """Add a training point at (x, y): a class (-1 or +1), or a value in [-1, 1] for regression.

        Without ``label`` the point gets the class or value chosen in :attr:`point_value`.
        """
        plane = (-opt.PLANE_EXTENT, opt.PLANE_EXTENT)
        px = opt.check_float(QT_TRANSLATE_NOOP("TrainingSettings", "x"), x, plane)
        py = opt.check_float(QT_TRANSLATE_NOOP("TrainingSettings", "y"), y, plane)
        value = (
            self.point_value
            if label is None
            else opt.check_float(
                QT_TRANSLATE_NOOP("TrainingSettings", "label"), label, opt.POINT_VALUE_RANGE
            )
        )
        if not self.regression:
            if label is not None and value not in (-1.0, 1.0):
                message = translate("TrainingSettings", "a class is -1 or +1, got {value}")
                raise ValueError(message.format(value=format_number(value, "g")))
            value = 1.0 if value >= 0 else -1.0
        if len(self._drawn) >= opt.MAX_DRAWN_POINTS:
            message = translate(
                "TrainingSettings", "at most {limit} drawn points; clear some first"
            )
            raise ValueError(message.format(limit=opt.MAX_DRAWN_POINTS))
        self._set_points(np.vstack([self._drawn, [[px, py, value]]]))

    def remove_last_point(self) -> None:
        if len(self._drawn):
            self._set_points(self._drawn[:-1])

    def clear_points(self) -> None:
        if len(self._drawn):
            self._set_points(NO_POINTS.copy())

    def load_points_csv(self, text: str) -> int:
        """Load points from CSV text (x, y, label); they become the data set. Returns the count.

        Refused text (``ValueError`` naming each bad line) changes nothing.
        """
        rows, regression = read_points_csv(text)
        self._batch_depth += 1
        try:
            self._loaded = rows
            self._data = None
            self.set_value("dataset", opt.POINTS_REG_SOURCE if regression else opt.POINTS_SOURCE)
            self._request_restart()
        finally:
            self._batch_depth -= 1
        self._flush()
        self.events.data.emit()
        return len(rows)

    def _set_points(self, drawn: np.ndarray) -> None:
        self._drawn = drawn
        self._data = None
        self._points_changed()

    def _points_changed(self) -> None:
        """The drawn points changed (the data split is already dropped)."""
        raise NotImplementedError

    def _problem_changed(self) -> None:
        if len(self._drawn):
            self._drawn = NO_POINTS.copy()
            self._points_cleared = True

    def _restore_points(self, drawn: np.ndarray, loaded: np.ndarray) -> None:
        """Used by :func:`apply_lab_state` only."""
        self._drawn, self._loaded, self._data = drawn, loaded, None
