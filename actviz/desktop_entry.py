"""Install actviz into the user's application menu, and take it out again.

Every installed name is the reverse-DNS id :data:`APP_ID` (Desktop Entry spec, "Desktop File ID";
AppStream, "component id"); the same id is the app id Qt gives Wayland. ``actviz --install-desktop``
writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``):

- ``applications/<id>.desktop``: the template in ``actviz/resources`` with ``Exec``/``TryExec``
  pointing at the program that ran the install (the bundle's binary, or this Python with
  ``-m actviz``);
- ``icons/hicolor/<n>x<n>/apps/<id>.png`` for each committed PNG size, and
  ``icons/hicolor/scalable/apps/<id>.svg`` (Icon Theme spec: the fallback theme, per size);
- ``mime/packages/<id>.xml``: the ``.actviz`` lesson-file type (shared-mime-info spec), so a lesson
  opens on double-click;
- ``metainfo/<id>.metainfo.xml``: the AppStream description software centres list;
- ``actviz/desktop-install.json``: the manifest of every file and folder written.

``--uninstall-desktop`` removes exactly what the manifest lists (files, then the folders the install
created if they are empty) and nothing else. Installing over an older install removes the files it
wrote that this version no longer writes (0.1.0 named everything ``actviz``), so the menu never
shows two entries. No Qt here: this runs before any window is built.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from actviz.model.curve_export import write_atomically
from actviz.resource_files import RESOURCES, resource_path

#: Desktop file id, icon name, AppStream id and Wayland app id. Never change it: software centres,
#: docks and users' file associations know actviz by it.
APP_ID = "io.github.actviz.actviz"
#: The module ``python -m`` runs, and the folder of the install manifest (0.1.0 put it there too).
PACKAGE = "actviz"
MANIFEST_NAME = "desktop-install.json"
_MANIFEST_FORMAT = "actviz-desktop-install"


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
    return [str(Path(sys.executable).absolute()), "-m", PACKAGE]


def escape_string_value(value: str) -> str:
    """Escape a value of type string (Desktop Entry spec, "Possible value types").

    ``\\``, newline, tab and carriage return become ``\\\\``, ``\\n``, ``\\t``, ``\\r``,
    so the value stays on its line; a leading space becomes ``\\s``, which parsers would strip.
    """
    escaped = (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )
    return "\\s" + escaped[1:] if escaped.startswith(" ") else escaped


def quote_exec_arg(arg: str) -> str:
    """Quote one argument for an ``Exec`` line (Desktop Entry spec, "The Exec key").

    Arguments with reserved characters go in double quotes, with ``"``, `````, ``$`` and ``\\``
    backslash-escaped, and ``%`` is doubled (it would start a field code); then the whole value
    gets the string-level escaping of :func:`escape_string_value`.
    """
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if arg and not (set(arg) & reserved):
        quoted = arg
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted = f'"{inner}"'
    return escape_string_value(quoted.replace("%", "%%"))


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
            line = f"TryExec={escape_string_value(command[0])}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def icon_files() -> list[tuple[Path, str]]:
    """(shipped file, path under the data home) for the SVG and every committed PNG size."""
    pairs = [(resource_path("actviz.svg"), f"icons/hicolor/scalable/apps/{APP_ID}.svg")]
    for png in sorted(RESOURCES.glob("actviz-*.png"), key=lambda p: int(p.stem.split("-")[1])):
        size = int(png.stem.split("-")[1])
        pairs.append((png, f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
    return pairs


def installed_contents(command: Sequence[str]) -> list[tuple[str, bytes]]:
    """(path under the data home, bytes) of every file an install writes, the manifest aside."""
    template = resource_path(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = render_desktop_entry(template, command).encode("utf-8")
    copied = [
        *icon_files(),
        (resource_path(f"{APP_ID}.mime.xml"), f"mime/packages/{APP_ID}.xml"),
        (resource_path(f"{APP_ID}.metainfo.xml"), f"metainfo/{APP_ID}.metainfo.xml"),
    ]
    return [
        (f"applications/{APP_ID}.desktop", entry),
        *((rel, source.read_bytes()) for source, rel in copied),
    ]


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
        if not isinstance(files, list) or not isinstance(dirs, list):
            raise ValueError(f"{path}: malformed install manifest")
        if not all(isinstance(x, str) for x in [*files, *dirs]):
            raise ValueError(f"{path}: malformed install manifest")
        return cls(list(files), list(dirs))

    def save(self, path: Path) -> None:
        _write_bytes(path, self.to_json().encode("utf-8"))


def _manifest_path(home: Path) -> Path:
    return home / PACKAGE / MANIFEST_NAME


def _make_dirs(path: Path, manifest: Manifest, home: Path) -> None:
    """Create ``path`` and its missing parents, recording each folder that did not exist.

    The data home and missing folders above it (``~/.local``) are made with mode 0700, as the XDG
    Base Directory spec asks, and recorded relative to the home (``.``, ``..``).
    """
    missing = []
    for parent in [path, *path.parents]:
        if parent.exists():
            break
        missing.append(parent)
    for folder in reversed(missing):
        private = folder == home or folder in home.parents
        folder.mkdir(mode=0o700 if private else 0o777, exist_ok=True)
        rel = Path(os.path.relpath(folder, home)).as_posix()
        if rel not in manifest.created_dirs:
            manifest.created_dirs.append(rel)


def _write_bytes(target: Path, data: bytes) -> None:
    def write(tmp: str) -> None:
        Path(tmp).write_bytes(data)

    write_atomically(target, write)


def _write(home: Path, rel: str, data: bytes, manifest: Manifest) -> Path:
    target = home / rel
    _make_dirs(target.parent, manifest, home)
    _write_bytes(target, data)
    if rel not in manifest.files:
        manifest.files.append(rel)
    return target


def _refresh_caches(home: Path) -> None:
    """Tell the desktop about the change, with its own tools where installed (best effort).

    The desktop and MIME databases are rebuilt. Icon lookups cache each theme folder and watch its
    modification time (Icon Theme spec, "Implementation Notes"), so ``hicolor`` is touched; a GTK
    icon cache already there would hide the new icons, so it is rebuilt too (never created).
    """
    jobs: list[tuple[str, Path, list[str]]] = [
        ("update-desktop-database", home / "applications", []),
        ("update-mime-database", home / "mime", []),
    ]
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        with contextlib.suppress(OSError):  # a theme folder owned by someone else: no harm done
            os.utime(hicolor)
        if (hicolor / "icon-theme.cache").exists():
            jobs.append(("gtk-update-icon-cache", hicolor, ["--force", "--ignore-theme-index"]))
    for tool, folder, options in jobs:
        exe = shutil.which(tool)
        if exe and folder.is_dir():
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(
                    [exe, *options, str(folder)], check=False, capture_output=True, timeout=60
                )


def install(
    home: Path | None = None, command: Sequence[str] | None = None, *, refresh_caches: bool = True
) -> list[Path]:
    """Write the desktop entry, icons, lesson-file type and AppStream file; return what was written.

    Installing again overwrites the same files. Files that an earlier install (of any version)
    recorded and this one does not write are removed. The manifest is saved even when writing
    fails half-way, so an uninstall still finds every file that made it to disk.
    """
    home = data_home() if home is None else home
    manifest_path = _manifest_path(home)
    previous = Manifest.load(manifest_path) if manifest_path.exists() else Manifest()
    contents = installed_contents(launch_command() if command is None else command)
    root = home.resolve()
    new_files = {rel for rel, _ in contents}
    stale = [(rel, _inside(root, rel)) for rel in previous.files if rel not in new_files]
    manifest = Manifest(created_dirs=list(previous.created_dirs))
    written: list[Path] = []
    try:
        for rel, data in contents:
            written.append(_write(home, rel, data, manifest))
        for _, target in stale:
            if target.is_file() or target.is_symlink():
                target.unlink()
    finally:
        manifest.files += [rel for rel, target in stale if target.exists() or target.is_symlink()]
        if manifest.files or manifest_path.exists():
            _make_dirs(manifest_path.parent, manifest, home)
            manifest.save(manifest_path)
    if refresh_caches:
        _refresh_caches(home)
    return written


def uninstall(home: Path | None = None, *, refresh_caches: bool = True) -> list[Path]:
    """Remove what :func:`install` recorded in its manifest; return the paths removed.

    Without a manifest nothing is removed. Entries that point outside the data home are refused,
    except folders above it that the install created; like every folder, they go only if empty.
    """
    home = data_home() if home is None else home
    manifest_path = _manifest_path(home)
    if not manifest_path.exists():
        return []
    manifest = Manifest.load(manifest_path)
    root = home.resolve()
    # Refuse a manifest that names anything outside before removing a thing.
    targets = [_inside(root, rel) for rel in manifest.files]
    folders = [_created_folder(root, rel) for rel in manifest.created_dirs]
    removed: list[Path] = []
    for target in targets:
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    manifest_path.unlink()
    removed.append(manifest_path)
    removed.extend(_remove_orphan_caches(root, manifest))
    for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):  # deepest first
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            removed.append(folder)
    if refresh_caches and home.is_dir():
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


def _created_folder(root: Path, rel: str) -> Path:
    """A folder the install created: inside the data home, the home itself, or one above it."""
    target = (root / rel).resolve()
    if target in root.parents:
        return target
    return _inside(root, rel)


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
