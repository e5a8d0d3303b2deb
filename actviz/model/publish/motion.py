"""What a recording plays frame by frame."""

from __future__ import annotations

from typing import Protocol


class Motion(Protocol):
    """Something a recording can play frame by frame: a parameter sweep, a training run.

    A recording calls :meth:`begin`, then for each frame after the first :meth:`advance` with
    ``1 / fps``, and :meth:`end` at the end (also after a cancel or an error).
    """

    label: str

    def frame_count(self, fps: float) -> int:
        """Frames in one recorded cycle at ``fps``."""
        ...

    def begin(self) -> None:
        """Remember the state to restore and go to the first frame."""
        ...

    def advance(self, dt: float) -> None:
        """Move on by ``dt`` seconds of animation time."""
        ...

    def end(self) -> None:
        """Put back what :meth:`begin` remembered."""
        ...
