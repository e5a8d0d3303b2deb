"""Install actviz into the user's application menu, and take it out again.

``actviz --install-desktop`` writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``):

- ``applications/actviz.desktop``: the template in ``actviz/resources`` with ``Exec``/``TryExec``
  pointing at the program that ran the install (the bundle's binary, or this Python with
  ``-m actviz``);
- ``icons/hicolor/<n>x<n>/apps/actviz.png`` for each committed PNG size, and
  ``icons/hicolor/scalable/apps/actviz.svg``;
- ``mime/packages/actviz.xml``: the ``.actviz`` lesson-file type, so a lesson opens on double-click;
- ``actviz/desktop-install.json``: the manifest of every file and folder written.

``--uninstall-desktop`` removes exactly what the manifest lists (files, then the folders the install
created if they are empty) and nothing else. No Qt here: this runs before any window is built.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

APP_ID = "actviz"
RESOURCES = Path(__file__).resolve().parent / "resources"
MANIFEST_NAME = "desktop-install.json"
_MANIFEST_FORMAT = "actviz-desktop-install"


def resource_path(name: str) -> Path:
    """A file shipped in ``actviz/resources`` (also inside the PyInstaller bundle)."""
    return RESOURCES / name


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` if it is an absolute path (as the spec requires), else ~/.local/share."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this same actviz: the frozen binary, or this interpreter with -m."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    return [str(Path(sys.executable).absolute()), "-m", APP_ID]


def quote_exec_arg(arg: str) -> str:
    """Quote one argument for an ``Exec`` line (Desktop Entry spec, "The Exec key").

    Arguments with reserved characters go in double quotes, with ``"``, `````, ``$`` and ``\\``
    backslash-escaped; then the whole value gets the string-level escaping of ``\\``.
    """
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if arg and not (set(arg) & reserved):
        quoted = arg
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted = f'"{inner}"'
    quoted = quoted.replace("%", "%%")
    return quoted.replace("\\", "\\\\")


def render_desktop_entry(template: str, command: Sequence[str]) -> str:
    """The template with ``Exec`` set to ``command %f`` and ``TryExec`` to the program itself."""
    if not command:
        raise ValueError("the launch command is empty")
    exec_value = " ".join(quote_exec_arg(arg) for arg in command) + " %f"
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_value}"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0].replace(chr(92), chr(92) * 2)}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def icon_files() -> list[tuple[Path, str]]:
    """(shipped file, path under the data home) for the SVG and every committed PNG size."""
    pairs = [(resource_path("actviz.svg"), "icons/hicolor/scalable/apps/actviz.svg")]
    for png in sorted(RESOURCES.glob("actviz-*.png"), key=lambda p: int(p.stem.split("-")[1])):
        size = int(png.stem.split("-")[1])
        pairs.append((png, f"icons/hicolor/{size}x{size}/apps/actviz.png"))
    return pairs


@dataclass
class Manifest:
    """What an install wrote: files first, then the folders it had to create."""

    files: list[str] = field(default_factory=list)
    created_dirs: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(
            {"format": _MANIFEST_FORMAT, "files": self.files, "created_dirs": self.created_dirs},
            indent=2,
        )

    @classmethod
    def load(cls, path: Path) -> Manifest:
        """Read a manifest; ``ValueError`` if it is not one of ours."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"{path}: unreadable install manifest ({error})") from error
        if not isinstance(data, dict) or data.get("format") != _MANIFEST_FORMAT:
            raise ValueError(f"{path}: not an actviz install manifest")
        files, dirs = data.get("files", []), data.get("created_dirs", [])
        if not all(isinstance(x, str) for x in [*files, *dirs]):
            raise ValueError(f"{path}: malformed install manifest")
        return cls(list(files), list(dirs))


def _manifest_path(home: Path) -> Path:
    return home / APP_ID / MANIFEST_NAME


def _make_dirs(path: Path, manifest: Manifest, home: Path) -> None:
    """Create ``path`` and its missing parents, recording each folder that did not exist."""
    missing = []
    for parent in [path, *path.parents]:
        if parent.exists() or parent == home.parent:
            break
        missing.append(parent)
    path.mkdir(parents=True, exist_ok=True)
    for folder in reversed(missing):
        rel = folder.relative_to(home).as_posix() if folder != home else "."
        if rel not in manifest.created_dirs:
            manifest.created_dirs.append(rel)


def _write(home: Path, rel: str, data: bytes, manifest: Manifest) -> Path:
    target = home / rel
    _make_dirs(target.parent, manifest, home)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    if rel not in manifest.files:
        manifest.files.append(rel)
    return target


def _refresh_caches(home: Path) -> None:
    """Ask the desktop's cache tools to notice the change, if they are installed (best effort)."""
    jobs = [
        ("update-desktop-database", [str(home / "applications")]),
        ("update-mime-database", [str(home / "mime")]),
    ]
    for tool, args in jobs:
        exe = shutil.which(tool)
        if exe and Path(args[0]).is_dir():
            subprocess.run([exe, *args], check=False, capture_output=True, timeout=60)


def install(
    home: Path | None = None, command: Sequence[str] | None = None, *, refresh_caches: bool = True
) -> list[Path]:
    """Write the desktop entry, icons and lesson-file type; return the files written.

    Installing again overwrites the same files and keeps one manifest covering both runs.
    """
    home = data_home() if home is None else home
    manifest_path = _manifest_path(home)
    manifest = Manifest.load(manifest_path) if manifest_path.exists() else Manifest()
    template = resource_path("actviz.desktop").read_text(encoding="utf-8")
    entry = render_desktop_entry(template, launch_command() if command is None else command)
    written = [_write(home, f"applications/{APP_ID}.desktop", entry.encode("utf-8"), manifest)]
    for source, rel in icon_files():
        written.append(_write(home, rel, source.read_bytes(), manifest))
    mime = resource_path("actviz-mime.xml").read_bytes()
    written.append(_write(home, f"mime/packages/{APP_ID}.xml", mime, manifest))
    _make_dirs(manifest_path.parent, manifest, home)
    manifest_path.write_text(manifest.to_json(), encoding="utf-8")
    if refresh_caches:
        _refresh_caches(home)
    return written


def uninstall(home: Path | None = None, *, refresh_caches: bool = True) -> list[Path]:
    """Remove what :func:`install` recorded in its manifest; return the paths removed.

    Without a manifest nothing is removed. Entries that point outside the data home are refused.
    """
    home = data_home() if home is None else home
    manifest_path = _manifest_path(home)
    if not manifest_path.exists():
        return []
    manifest = Manifest.load(manifest_path)
    root = home.resolve()
    removed: list[Path] = []
    for rel in manifest.files:
        target = _inside(root, rel)
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    manifest_path.unlink()
    removed.append(manifest_path)
    removed.extend(_remove_orphan_caches(root, manifest))
    deepest_first = sorted(manifest.created_dirs, key=lambda r: len(Path(r).parts), reverse=True)
    for rel in deepest_first:
        folder = _inside(root, rel)
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            removed.append(folder)
    if refresh_caches:
        _refresh_caches(home)
    return removed


def _remove_orphan_caches(root: Path, manifest: Manifest) -> list[Path]:
    """Caches the refresh tools generated only because of our files, in folders we created.

    ``update-mime-database`` fills ``mime/`` from ``mime/packages``: once our package is gone and
    no other is there, everything left in a ``mime/`` we created describes nothing. Likewise a
    lone ``mimeinfo.cache`` in an ``applications/`` we created.
    """
    removed: list[Path] = []
    mime = root / "mime"
    packages = mime / "packages"
    if "mime" in manifest.created_dirs and mime.is_dir():
        if not packages.exists() or not any(packages.iterdir()):
            shutil.rmtree(mime)
            removed.append(mime)
    apps = root / "applications"
    if "applications" in manifest.created_dirs and apps.is_dir():
        leftovers = list(apps.iterdir())
        if [p.name for p in leftovers] == ["mimeinfo.cache"]:
            leftovers[0].unlink()
            removed.append(leftovers[0])
    return removed


def _inside(root: Path, rel: str) -> Path:
    target = (root / rel).resolve()
    if target != root and root not in target.parents:
        raise ValueError(f"install manifest names {rel!r}, which is outside {root}")
    return target


def run_from_command_line(*, install_entry: bool) -> int:
    """``actviz --install-desktop`` / ``--uninstall-desktop``: do it, report, return exit code."""
    home = data_home()
    try:
        if install_entry:
            written = install(home)
            print(f"actviz is in the application menu: wrote {len(written)} files under {home}")
            print(f"  {home / 'applications' / (APP_ID + '.desktop')}")
            print(f"  starts: {' '.join(launch_command())}")
            print("Undo with: actviz --uninstall-desktop")
        else:
            removed = uninstall(home)
            if not removed:
                print(f"nothing to remove: no actviz desktop install recorded under {home}")
            else:
                print(f"removed the actviz desktop entry: {len(removed)} files and folders")
    except (OSError, ValueError) as error:
        action = "install" if install_entry else "uninstall"
        print(f"actviz: could not {action} the desktop entry: {error}", file=sys.stderr)
        return 1
    return 0
