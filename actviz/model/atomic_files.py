"""Files written atomically: a temporary file beside the target, renamed over it when complete,
so a reader (or a crash) never sees half a file. Every export, lesson and recording uses it.

Kept apart from the exports themselves so that a headless command can write a figure without
loading the model's evented state."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], write: Callable[[str], None]) -> None:
    """Call ``write(temp_path)`` for a temporary file beside ``path``, then rename it over ``path``.

    The temporary name keeps the target's suffix (exporters pick the format from it). On any error
    the temporary file is removed and the error re-raised; ``path`` is never left half-written.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent
    )
    os.close(fd)
    try:
        write(tmp_name)
        if not Path(tmp_name).stat().st_size:
            raise OSError(f"nothing was written for {target.name}")
        os.chmod(tmp_name, _mode_for(target))  # mkstemp makes 0600; an export is a normal file
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets 0666 minus the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    def write(tmp: str) -> None:
        Path(tmp).write_text(text, encoding="utf-8")

    write_atomically(path, write)
