"""Writing recorded frames to an animated GIF (Pillow) or an MP4 video (imageio-ffmpeg).

Frames arrive one at a time as ``(height, width, 3)`` uint8 RGB arrays. Nothing appears at the
target path until :meth:`MovieWriter.finish`: a GIF is encoded into a temporary file beside the
target and renamed over it; an MP4 streams into such a temporary file from the start. An error or
:meth:`MovieWriter.abort` (a cancelled recording) removes the temporary file, so a cancelled or
failed recording leaves nothing behind.

GIF frames share one palette, made from the first frame: mapping a frame to a known palette takes
about a millisecond (an adaptive palette per frame takes 5 to 50), and frames that share a palette
let Pillow store only the rectangle that changed. Figures have few colours, so nothing is lost.
Pillow and imageio-ffmpeg are imported when a recording starts, never at start-up.
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.model.publish.motion import Motion
from actviz.model.publish.playback_settings import check_fps

MOVIE_SUFFIXES = (".gif", ".mp4")
MAX_GIF_FPS = 50.0  # browsers slow frames shorter than 2/100 s down to 1/10 s
MIN_SIDE, MAX_SIDE = 16, 3840
VIDEO_EXTRA_HINT = "MP4 needs the video extra: pip install 'actviz[video]'"

Frame = npt.NDArray[np.uint8]


class MovieFormatError(ValueError):
    """The file name asks for a format this installation cannot write."""


def mp4_available() -> bool:
    """Whether imageio-ffmpeg (which ships an ffmpeg binary) is installed."""
    return importlib.util.find_spec("imageio_ffmpeg") is not None


def check_movie_path(path: str | os.PathLike[str]) -> str:
    """The format (``"gif"`` or ``"mp4"``) for ``path``'s suffix; ``MovieFormatError`` if none."""
    suffix = Path(path).suffix.lower()
    if suffix not in MOVIE_SUFFIXES:
        raise MovieFormatError(
            f"{Path(path).name!r}: a recording is saved as .gif or .mp4, "
            f"not {suffix or 'no suffix'}"
        )
    if suffix == ".mp4" and not mp4_available():
        raise MovieFormatError(VIDEO_EXTRA_HINT)
    return suffix[1:]


def check_frame_size(size: object, max_side: int = MAX_SIDE) -> tuple[int, int]:
    """``(width, height)`` in pixels, each a whole number from ``MIN_SIDE`` to ``max_side``."""
    if not isinstance(size, tuple | list) or len(size) != 2:
        raise ValueError(f"size must be (width, height), got {size!r}")
    sides = []
    for value in size:
        if isinstance(value, bool) or not isinstance(value, int | float | np.integer):
            raise ValueError(f"size must be two whole numbers of pixels, got {size!r}")
        if not math.isfinite(value) or value != int(value):
            raise ValueError(f"size must be two whole numbers of pixels, got {size!r}")
        if not MIN_SIDE <= int(value) <= max_side:
            raise ValueError(f"each side must be {MIN_SIDE} to {max_side} pixels, got {size!r}")
        sides.append(int(value))
    return sides[0], sides[1]


def open_movie(
    path: str | os.PathLike[str], fps: float, size: tuple[int, int], *, gif_colours: int = 255
) -> MovieWriter:
    """A writer for ``path`` (GIF or MP4 by suffix) at ``fps`` frames a second, ``size`` pixels.

    ``gif_colours`` (2 to 255) sizes a GIF's palette: a plot of two curves looks the same with 64
    and its file is a quarter smaller; a whole lab (heat maps) wants them all.

    Raises ``MovieFormatError`` for an unknown suffix or an MP4 without imageio-ffmpeg,
    ``ValueError`` for a bad frame rate or size, ``OSError`` when the folder cannot be written.
    """
    kind = check_movie_path(path)
    fps = check_fps(fps)
    width, height = check_frame_size(size)
    if kind == "gif":
        if fps > MAX_GIF_FPS:
            raise ValueError(f"a GIF plays at most {MAX_GIF_FPS:g} frames per second, got {fps:g}")
        if isinstance(gif_colours, bool) or not isinstance(gif_colours, int):
            raise ValueError(f"gif_colours must be a whole number, got {gif_colours!r}")
        if not 2 <= gif_colours <= 255:
            raise ValueError(f"gif_colours must be from 2 to 255, got {gif_colours}")
        return _GifWriter(Path(path), fps, (width, height), gif_colours)
    return _Mp4Writer(Path(path), fps, (width, height))


class MovieWriter:
    """Takes frames, then writes the file in one step (:meth:`finish`) or nothing (:meth:`abort`).

    Use it as a context manager: leaving the block with an exception aborts.
    """

    def __init__(self, path: Path, fps: float, size: tuple[int, int]) -> None:
        self.path = path
        self.fps = fps
        self.size = size
        self.frames_written = 0
        self._closed = False

    def add(self, frame: Frame) -> None:
        """Append one ``(height, width, 3)`` uint8 RGB frame of this writer's size."""
        if self._closed:
            raise ValueError("this recording is finished")
        width, height = self.size
        if frame.dtype != np.uint8 or frame.shape != (height, width, 3):
            raise ValueError(
                f"expected a {width}x{height} RGB frame of bytes, got {frame.dtype} {frame.shape}"
            )
        self._add(frame)
        self.frames_written += 1

    def finish(self) -> Path:
        """Write the file (atomically) and return its path; at least one frame is needed."""
        if self._closed:
            raise ValueError("this recording is finished")
        if not self.frames_written:
            self.abort()
            raise ValueError("no frames were recorded")
        self._closed = True
        try:
            self._finish()
        except BaseException:
            self._discard()
            raise
        return self.path

    def abort(self) -> None:
        """Drop everything; the target path is left as it was."""
        if not self._closed:
            self._closed = True
            self._discard()

    def __enter__(self) -> MovieWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is not None:
            self.abort()

    def _add(self, frame: Frame) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        raise NotImplementedError

    def _discard(self) -> None:
        raise NotImplementedError


class _TempFile:
    """A temporary file beside ``target`` with the same suffix, renamed over it on commit."""

    def __init__(self, target: Path) -> None:
        self.target = target
        fd, name = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent
        )
        os.close(fd)
        self.path = Path(name)

    def commit(self) -> None:
        if not self.path.stat().st_size:
            raise OSError(f"nothing was written for {self.target.name}")
        os.chmod(self.path, _mode_for(self.target))  # mkstemp makes 0600; a movie is a normal file
        os.replace(self.path, self.target)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def frame_durations_ms(count: int, fps: float) -> list[int]:
    """Per-frame display times for a GIF, whose clock ticks in hundredths of a second.

    Each frame ends at the hundredth nearest to its exact end time, so 30 fps becomes
    30, 40, 30, 30, 40, 30 ... ms and the whole animation keeps its length.
    """
    bounds = [round(i * 100.0 / fps) for i in range(count + 1)]  # in hundredths, from 0
    return [max(1, end - start) * 10 for start, end in itertools.pairwise(bounds)]


class _GifWriter(MovieWriter):
    def __init__(self, path: Path, fps: float, size: tuple[int, int], colours: int) -> None:
        if not path.parent.is_dir():
            raise FileNotFoundError(f"no such folder: {path.parent}")
        if not os.access(path.parent, os.W_OK):
            raise PermissionError(f"cannot write in {path.parent}")
        super().__init__(path, fps, size)
        from PIL import Image

        self._image = Image
        self._colours = colours
        self._palette: Any = None
        self._frames: list[Any] = []

    def _add(self, frame: Frame) -> None:
        image = self._image.fromarray(frame)
        if self._palette is None:
            self._palette = image.quantize(self._colours, method=self._image.Quantize.MEDIANCUT)
            self._frames.append(self._palette)
        else:
            none = self._image.Dither.NONE
            self._frames.append(image.quantize(palette=self._palette, dither=none))

    def _finish(self) -> None:
        temp = _TempFile(self.path)
        try:
            first, *rest = self._frames
            first.save(
                temp.path,
                format="GIF",
                save_all=True,
                append_images=rest,
                duration=frame_durations_ms(len(self._frames), self.fps),
                loop=0,
                optimize=False,  # the palette is already small; optimising it costs seconds
            )
            temp.commit()
        except BaseException:
            temp.discard()
            raise
        finally:
            self._frames = []

    def _discard(self) -> None:
        self._frames = []


class _Mp4Writer(MovieWriter):
    """H.264 in an MP4 through the ffmpeg binary that imageio-ffmpeg's wheel ships."""

    def __init__(self, path: Path, fps: float, size: tuple[int, int]) -> None:
        import imageio_ffmpeg

        super().__init__(path, fps, size)
        self._temp = _TempFile(path)
        # H.264 in yuv420p needs even sides: an odd side gets one more row or column.
        width, height = size
        self._padded = (width + width % 2, height + height % 2)
        self._stream: Any = imageio_ffmpeg.write_frames(
            str(self._temp.path),
            self._padded,
            fps=fps,
            codec="libx264",
            quality=8,
            macro_block_size=2,
            ffmpeg_log_level="error",
        )
        try:
            self._stream.send(None)  # starts ffmpeg
        except BaseException:
            self._temp.discard()
            raise

    def _add(self, frame: Frame) -> None:
        width, height = self.size
        if self._padded != (width, height):
            frame = np.pad(
                frame,
                ((0, self._padded[1] - height), (0, self._padded[0] - width), (0, 0)),
                mode="edge",
            )
        self._stream.send(np.ascontiguousarray(frame).tobytes())

    def _finish(self) -> None:
        self._stream.close()  # waits for ffmpeg to write the file
        self._temp.commit()

    def _discard(self) -> None:
        with contextlib.suppress(Exception):
            self._stream.close()
        self._temp.discard()


def record_motion(
    motion: Motion,
    writer: MovieWriter,
    grab: Callable[[], Frame],
    *,
    frames: int | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> bool:
    """Record ``motion`` into ``writer``: one frame from ``grab`` after every ``1 / fps`` step.

    ``frames`` defaults to the motion's cycle at the writer's rate. ``progress(done, total)`` is
    called after each frame; when it returns False the recording is cancelled: nothing is
    written and False is returned. The motion's state is put back in every case, and on an error
    the writer is aborted before the error goes on.
    """
    total = motion.frame_count(writer.fps) if frames is None else frames
    if isinstance(total, bool) or not isinstance(total, int) or total < 1:
        raise ValueError(f"frames must be a whole number of at least 1, got {total!r}")
    dt = 1.0 / writer.fps
    motion.begin()
    try:
        for index in range(total):
            if index:
                motion.advance(dt)
            writer.add(grab())
            if progress is not None and not progress(index + 1, total):
                writer.abort()
                return False
        writer.finish()
        return True
    except BaseException:
        writer.abort()
        raise
    finally:
        motion.end()
