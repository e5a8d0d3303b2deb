"""Movie writing at the edges of its documented contract (module and function docstrings).

References: the declared limits (``MIN_SIDE``..``max_side`` pixels, at most ``MAX_GIF_FPS`` for a
GIF, ``gif_colours`` from 2 to 255, at least one frame), the writer's life cycle (``finish``
once, nothing after ``finish`` or ``abort``), "a temporary file beside the target ... renamed over
it", "a movie is a normal file" (the mode of the file it replaces, else 0o666 less the umask),
GIF durations hand-computed from "each frame ends at the hundredth nearest to its exact end
time", and pictures read back with Pillow and ffmpeg compared with the frames sent.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import imageio_ffmpeg
import numpy as np
import pytest
from PIL import Image, ImageSequence

from actviz.model.publish import movie_file
from actviz.model.publish.movie_file import (
    check_frame_size,
    check_movie_path,
    frame_durations_ms,
    open_movie,
    record_motion,
)


def white(width: int = 40, height: int = 30) -> np.ndarray:
    return np.full((height, width, 3), 255, dtype=np.uint8)


def gif_frames(path: Path) -> list[np.ndarray]:
    with Image.open(path) as gif:
        return [np.asarray(f.convert("RGB")) for f in ImageSequence.Iterator(gif)]


def colours(frame: np.ndarray) -> int:
    return len(np.unique(frame.reshape(-1, 3), axis=0))


# sizes, rates, palettes, suffixes: the documented edges --------------------------------------
def test_frame_sides_are_accepted_exactly_from_min_side_to_max_side() -> None:
    assert check_frame_size((16, 3840)) == (16, 3840)
    assert check_frame_size((np.int64(40), 30.0)) == (40, 30)
    assert check_frame_size((100, 100), max_side=100) == (100, 100)
    for size, max_side in [((15, 30), 3840), ((40, 3841), 3840), ((101, 40), 100)]:
        with pytest.raises(ValueError, match=rf"each side must be 16 to {max_side} pixels"):
            check_frame_size(size, max_side)


@pytest.mark.parametrize("side", ["40", None, True, 1j])
def test_a_side_that_is_not_a_number_of_pixels_is_refused(side: object) -> None:
    with pytest.raises(ValueError, match="size must be two whole numbers of pixels"):
        check_frame_size((side, 30))


def test_a_name_without_a_suffix_is_told_so() -> None:
    with pytest.raises(ValueError, match=r"not no suffix$"):
        check_movie_path("movie")
    with pytest.raises(ValueError, match=r"not \.png$"):
        check_movie_path("movie.PNG")


def test_the_highest_gif_rate_and_the_smallest_palette_are_accepted(tmp_path: Path) -> None:
    top, bottom = white(16, 16), white(16, 16)
    top[:8] = (0, 114, 178)  # two colours: a two-colour palette keeps them exactly
    bottom[8:] = (0, 114, 178)
    path = tmp_path / "edge.gif"
    with open_movie(path, 50.0, (16, 16), gif_colours=2) as writer:
        writer.add(top)
        writer.add(bottom)
        writer.finish()
    back = gif_frames(path)
    assert len(back) == 2 and np.array_equal(back[0], top) and np.array_equal(back[1], bottom)
    with Image.open(path) as gif:
        assert [f.info["duration"] for f in ImageSequence.Iterator(gif)] == [20, 20]  # 1/50 s


def many_colours(shift: int) -> np.ndarray:
    """A 40x30 frame of 1200 different colours."""
    index = np.arange(30 * 40).reshape(30, 40)
    return np.stack([(index * 7 + shift) % 256, (index // 5) % 256, index % 200], -1).astype(
        np.uint8
    )


def test_every_gif_frame_keeps_to_the_palette_size_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "many.gif"
    with open_movie(path, 10, (40, 30), gif_colours=8) as writer:
        for shift in (0, 90, 180):
            writer.add(many_colours(shift))
        writer.finish()
    counts = [colours(frame) for frame in gif_frames(path)]
    assert len(counts) == 3
    assert all(2 <= count <= 8 for count in counts), counts


def test_later_gif_frames_take_the_nearest_palette_colour_without_dither_noise(
    tmp_path: Path,
) -> None:
    first = white()
    first[:15] = 0  # black and white: the palette made from it
    grey = np.full((30, 40, 3), 90, dtype=np.uint8)  # nearer black (90) than white (165)
    path = tmp_path / "grey.gif"
    with open_movie(path, 10, (40, 30)) as writer:
        writer.add(first)
        writer.add(grey)
        writer.finish()
    assert np.array_equal(gif_frames(path)[1], np.zeros_like(grey))  # flat black, not a pattern


def test_gif_times_at_a_rate_finer_than_two_hundredths() -> None:
    # 60 fps: ends at 1.67, 3.33, 5.00 hundredths round to 2, 3, 5: frames of 2, 1, 2 hundredths
    assert frame_durations_ms(3, 60.0) == [20, 10, 20]
    # 150 fps: ends at 0.67 and 1.33 both round to 1; a frame still shows for one hundredth
    assert frame_durations_ms(2, 150.0) == [10, 10]
    assert frame_durations_ms(0, 10.0) == []


# the writer's life cycle ---------------------------------------------------------------------
@pytest.fixture
def gif(tmp_path: Path) -> Iterator[movie_file.MovieWriter]:
    writer = open_movie(tmp_path / "life.gif", 10, (40, 30))
    yield writer
    writer.abort()


def test_frames_written_counts_the_frames(gif: movie_file.MovieWriter) -> None:
    assert gif.frames_written == 0
    for _ in range(3):
        gif.add(white())
    assert gif.frames_written == 3


def test_finishing_without_frames_is_refused_and_ends_the_recording(
    gif: movie_file.MovieWriter, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="no frames were recorded"):
        gif.finish()
    with pytest.raises(ValueError, match="this recording is finished"):
        gif.add(white())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("end", ["finish", "abort"])
def test_nothing_can_be_added_or_finished_after_the_end(
    gif: movie_file.MovieWriter, end: str
) -> None:
    gif.add(white())
    getattr(gif, end)()
    with pytest.raises(ValueError, match="this recording is finished"):
        gif.add(white())
    with pytest.raises(ValueError, match="this recording is finished"):
        gif.finish()


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"no such folder: .*nowhere"):
        open_movie(tmp_path / "nowhere" / "a.gif", 10, (40, 30))


def test_a_folder_without_write_permission_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(movie_file.os, "access", lambda path, mode: False)  # root may write anyway
    with pytest.raises(PermissionError, match="cannot write in"):
        open_movie(tmp_path / "a.gif", 10, (40, 30))


# the file that appears -----------------------------------------------------------------------
def write_gif(path: Path) -> None:
    with open_movie(path, 10, (40, 30)) as writer:
        writer.add(white())
        writer.finish()


def test_a_movie_replacing_a_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "old.gif"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_gif(path)
    assert path.stat().st_mode & 0o7777 == 0o640
    assert path.read_bytes()[:6] == b"GIF89a"


def test_a_new_movie_is_a_normal_file_under_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_gif(tmp_path / "new.gif")
    finally:
        os.umask(previous)
    assert (tmp_path / "new.gif").stat().st_mode & 0o7777 == 0o644  # 0o666 less the umask


def test_the_temporary_file_is_a_hidden_one_beside_the_target(tmp_path: Path) -> None:
    path = tmp_path / "bar.mp4"
    writer = open_movie(path, 25, (40, 30))
    try:
        writer.add(white())
        names = [p.name for p in tmp_path.iterdir()]
    finally:
        writer.abort()
    assert len(names) == 1 and re.fullmatch(r"\.bar\..+\.tmp\.mp4", names[0]), names
    assert list(tmp_path.iterdir()) == []


def test_a_temp_file_with_nothing_in_it_is_not_committed(tmp_path: Path) -> None:
    temp = movie_file._TempFile(tmp_path / "empty.gif")
    with pytest.raises(OSError, match=r"nothing was written for empty\.gif"):
        temp.commit()
    temp.discard()
    temp.discard()  # already gone: nothing to do, no error
    assert list(tmp_path.iterdir()) == []


def decoded(path: Path) -> list[np.ndarray]:
    """The frames of a video as RGB bytes, decoded by the ffmpeg that imageio-ffmpeg ships."""
    run = subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(path),
         "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
        capture_output=True, check=True,
    )
    found = re.search(rb"Video: .*?, (\d+)x(\d+)", run.stderr)
    assert found, run.stderr
    width, height = int(found[1]), int(found[2])
    return list(np.frombuffer(run.stdout, np.uint8).reshape(-1, height, width, 3))


def test_an_mp4_with_odd_sides_shows_every_frame_in_place_with_edge_padding(
    tmp_path: Path,
) -> None:
    path = tmp_path / "odd.mp4"
    sent = []
    writer = open_movie(path, 25, (41, 29))
    assert writer.fps == 25.0
    for index in range(8):
        frame = white(41, 29)
        frame[: 4 + 3 * index] = (0, 114, 178)  # a block that grows downwards
        frame[:, 10 + index] = (213, 94, 0)  # and a bar that moves right
        sent.append(frame)
        writer.add(frame)
    assert writer.finish() == path
    got = decoded(path)
    assert len(got) == 8 and got[0].shape == (30, 42, 3)  # one more row and column
    for frame, back in zip(sent, got, strict=True):
        error = np.abs(back[:29, :41].astype(int) - frame.astype(int)).mean()
        assert error < 12, error  # lossy, but the picture is where it was
        # the extra column and row repeat the edge (white, blue): no dark line at the border
        assert np.abs(back[:29, 41].astype(int) - back[:29, 40].astype(int)).mean() < 24
        assert np.abs(back[29, :41].astype(int) - back[28, :41].astype(int)).mean() < 24


class StuckStream:
    def close(self) -> None:
        raise OSError("ffmpeg is gone")


def test_aborting_an_mp4_whose_ffmpeg_failed_still_leaves_nothing(tmp_path: Path) -> None:
    writer = open_movie(tmp_path / "x.mp4", 25, (40, 30))
    writer._stream.close()  # type: ignore[attr-defined]  # the real ffmpeg ends here
    writer._stream = StuckStream()  # type: ignore[attr-defined]
    writer.abort()
    assert list(tmp_path.iterdir()) == []


# record_motion -------------------------------------------------------------------------------
class Steps:
    """A motion of ``cycle`` frames that notes every call."""

    label = "steps"

    def __init__(self, cycle: int = 5) -> None:
        self.cycle = cycle
        self.calls: list[object] = []

    def frame_count(self, fps: float) -> int:
        return self.cycle

    def begin(self) -> None:
        self.calls.append("begin")

    def advance(self, dt: float) -> None:
        self.calls.append(dt)

    def end(self) -> None:
        self.calls.append("end")


def test_a_recording_of_one_frame_grabs_once_and_never_advances(tmp_path: Path) -> None:
    motion = Steps()
    writer = open_movie(tmp_path / "one.gif", 10, (40, 30))
    assert record_motion(motion, writer, white, frames=1) is True
    assert motion.calls == ["begin", "end"]
    assert len(gif_frames(tmp_path / "one.gif")) == 1


def test_frames_asked_for_win_over_the_cycle_and_progress_sees_the_total(tmp_path: Path) -> None:
    motion = Steps(cycle=5)
    seen: list[tuple[int, int]] = []
    writer = open_movie(tmp_path / "three.gif", 10, (40, 30))
    assert record_motion(motion, writer, white, frames=3, progress=lambda *a: not seen.append(a))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert motion.calls == ["begin", 0.1, 0.1, "end"]


@pytest.mark.parametrize("frames", [0, -1, 2.5, True, "3"])
def test_a_bad_frame_count_is_refused_before_anything_moves(tmp_path: Path, frames: object) -> None:
    motion = Steps()
    writer = open_movie(tmp_path / "bad.gif", 10, (40, 30))
    with pytest.raises(ValueError, match="frames must be a whole number of at least 1"):
        record_motion(motion, writer, white, frames=frames)  # type: ignore[arg-type]
    writer.abort()
    assert motion.calls == []
    assert list(tmp_path.iterdir()) == []
