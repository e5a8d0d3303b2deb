"""GIF and MP4 writing: frames, sizes and timing read back with Pillow and ffmpeg; a cancelled or
failed recording leaves nothing behind; bad requests are refused."""

from __future__ import annotations

import importlib.util
import re
import subprocess
from pathlib import Path

import imageio_ffmpeg
import numpy as np
import pytest
from PIL import Image, ImageSequence

from actviz.model.activation_choice import ActivationChoice
from actviz.model.publish import movie_file
from actviz.model.publish.movie_file import (
    MovieFormatError,
    frame_durations_ms,
    open_movie,
    record_motion,
)
from actviz.model.publish.param_sweep import ParamSweep
from actviz.model.publish.param_target import choice_param_target


def frames(count: int, width: int = 40, height: int = 30) -> list[np.ndarray]:
    """White frames with a dark bar that moves one step right per frame."""
    out = []
    for index in range(count):
        frame = np.full((height, width, 3), 255, dtype=np.uint8)
        frame[:, index % width] = (0, 114, 178)
        out.append(frame)
    return out


def mp4_info(path: Path) -> tuple[int, tuple[int, int], float]:
    """Frame count, size and rate of a video, as ffmpeg (the one imageio-ffmpeg ships) reads it."""
    count, _seconds = imageio_ffmpeg.count_frames_and_secs(str(path))
    probe = subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(path)],
        capture_output=True, text=True, check=False,
    )
    found = re.search(r"Video: .*?, (\d+)x(\d+).*?, ([\d.]+) fps", probe.stderr)
    assert found, probe.stderr
    return count, (int(found[1]), int(found[2])), float(found[3])


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_gif_has_the_frames_size_and_rate_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "bar.gif"
    with open_movie(path, 20, (40, 30)) as writer:
        for frame in frames(12):
            writer.add(frame)
        writer.finish()
    with Image.open(path) as gif:
        assert gif.size == (40, 30)
        assert gif.n_frames == 12
        durations = [f.info["duration"] for f in ImageSequence.Iterator(gif)]
        first = np.asarray(ImageSequence.Iterator(gif)[0].convert("RGB"))
        gif.seek(11)
        last = np.asarray(gif.convert("RGB"))
        assert gif.info.get("loop") == 0  # plays forever, as slides want
    assert sum(durations) == 600  # 12 frames at 20 fps
    assert np.array_equal(first, frames(1)[0])  # the palette keeps these colours exactly
    assert np.array_equal(last, frames(12)[11])
    assert leftovers(tmp_path) == ["bar.gif"]


@pytest.mark.parametrize("fps", [30.0, 24.0, 7.0, 50.0])
def test_gif_frame_times_keep_the_length_in_hundredths(fps: float) -> None:
    count = 90
    durations = frame_durations_ms(count, fps)
    assert sum(durations) == round(count * 100 / fps) * 10
    exact = 1000 / fps
    assert all(abs(d - exact) < 10 for d in durations)


def test_an_mp4_has_the_frames_and_an_even_size(tmp_path: Path) -> None:
    path = tmp_path / "bar.mp4"
    with open_movie(path, 25, (41, 31)) as writer:
        for frame in frames(20, 41, 31):
            writer.add(frame)
        writer.finish()
    count, size, fps = mp4_info(path)
    assert size == (42, 32)  # H.264 needs even sides: one more row and column
    assert fps == pytest.approx(25)
    assert count == 20
    assert leftovers(tmp_path) == ["bar.mp4"]


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_an_aborted_recording_leaves_nothing(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"movie{suffix}"
    writer = open_movie(path, 10, (40, 30))
    for frame in frames(3):
        writer.add(frame)
    writer.abort()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_an_error_while_recording_leaves_the_old_file_alone(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"movie{suffix}"
    path.write_bytes(b"the old one")
    with pytest.raises(RuntimeError), open_movie(path, 10, (40, 30)) as writer:
        writer.add(frames(1)[0])
        raise RuntimeError("the grab failed")
    assert path.read_bytes() == b"the old one"
    assert leftovers(tmp_path) == [path.name]


def test_record_motion_cancelled_leaves_nothing_and_restores_the_value(tmp_path: Path) -> None:
    choice = ActivationChoice("leaky_relu", {"negative_slope": 0.3})
    sweep = ParamSweep(choice_param_target(choice, "negative_slope"), duration=1.0)
    writer = open_movie(tmp_path / "x.gif", 10, (40, 30))
    seen: list[float] = []

    def grab() -> np.ndarray:
        seen.append(float(choice.params["negative_slope"]))
        return frames(len(seen))[-1]

    done = record_motion(sweep, writer, grab, progress=lambda done, total: done < 4)
    assert done is False
    assert seen == pytest.approx([0.0, 0.1, 0.2, 0.3])  # 1/fps of a 1 s pass per frame
    assert leftovers(tmp_path) == []
    assert choice.params["negative_slope"] == 0.3


def test_record_motion_writes_one_cycle(tmp_path: Path) -> None:
    choice = ActivationChoice("leaky_relu")
    sweep = ParamSweep(choice_param_target(choice, "negative_slope"), duration=1.0)
    writer = open_movie(tmp_path / "x.gif", 10, (40, 30))
    count = [0]

    def grab() -> np.ndarray:
        count[0] += 1
        return frames(count[0])[-1]

    assert record_motion(sweep, writer, grab) is True
    with Image.open(tmp_path / "x.gif") as gif:
        assert gif.n_frames == 11 == count[0]


@pytest.mark.parametrize(
    ("name", "fps", "size", "match"),
    [
        ("a.png", 10, (40, 30), "gif or .mp4"),
        ("a", 10, (40, 30), "gif or .mp4"),
        ("a.gif", 55, (40, 30), "GIF plays at most"),
        ("a.gif", 0, (40, 30), "frame rate"),
        ("a.gif", float("nan"), (40, 30), "frame rate"),
        ("a.gif", 10, (8, 30), "16 to"),
        ("a.gif", 10, (40.5, 30), "whole numbers"),
        ("a.gif", 10, (40,), "width, height"),
    ],
)
def test_bad_requests_are_refused(
    tmp_path: Path, name: str, fps: float, size: tuple[int, ...], match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        open_movie(tmp_path / name, fps, size)  # type: ignore[arg-type]
    assert leftovers(tmp_path) == []


def test_a_frame_of_the_wrong_size_is_refused(tmp_path: Path) -> None:
    writer = open_movie(tmp_path / "a.gif", 10, (40, 30))
    with pytest.raises(ValueError, match="40x30"):
        writer.add(np.zeros((30, 41, 3), dtype=np.uint8))
    writer.abort()


def test_mp4_without_the_video_extra_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        movie_file.importlib.util, "find_spec",
        lambda name, *a: None if name == "imageio_ffmpeg" else real(name, *a),
    )
    assert not movie_file.mp4_available()
    with pytest.raises(MovieFormatError, match=r"actviz\[video\]"):
        open_movie(tmp_path / "a.mp4", 10, (40, 30))


def test_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        open_movie(tmp_path / "nowhere" / "a.gif", 10, (40, 30))


@pytest.mark.parametrize("colours", [1, 256, 2.5, True])
def test_a_bad_palette_size_is_refused(tmp_path: Path, colours: object) -> None:
    with pytest.raises(ValueError, match="gif_colours"):
        open_movie(tmp_path / "a.gif", 10, (40, 30), gif_colours=colours)  # type: ignore[arg-type]


def test_a_smaller_palette_still_keeps_two_curve_colours(tmp_path: Path) -> None:
    frame = np.full((30, 40, 3), 255, dtype=np.uint8)
    frame[10] = (0, 114, 178)
    frame[20] = (213, 94, 0)
    with open_movie(tmp_path / "a.gif", 10, (40, 30), gif_colours=8) as writer:
        writer.add(frame)
        writer.finish()
    with Image.open(tmp_path / "a.gif") as gif:
        assert np.array_equal(np.asarray(gif.convert("RGB")), frame)
