"""Bring the translation catalogues up to date with the sources, and compile them for the app.

    python tools/update_translations.py            # after changing a marked text or a translation
    python tools/update_translations.py --check    # change nothing; exit 1 if anything is stale
    python tools/update_translations.py --new fr   # start a catalogue for another language

1. ``pyside6-lupdate`` reads every marked text in ``actviz/`` (``translate``, ``QT_TRANSLATE_NOOP``,
   ``self.tr``; see ``actviz/core/i18n.py``) into ``resources/translations/actviz_<lang>.ts``,
   keeping the translations already there. New texts arrive "unfinished": translate them (Qt
   Linguist, ``pyside6-linguist``, or any XML editor) and run this again.
2. ``pyside6-lrelease`` compiles each catalogue into ``actviz/resources/translations/
   actviz_<lang>.qm``, the file the running app loads.

Both results are committed: the package ships the .qm as package data, so ``pip install``,
``pip install -e`` and the PyInstaller bundle need no Qt tools, and ``tests/test_translations.py``
fails when a committed file differs from what this script would write (it calls :func:`stale`).
The catalogues carry no source line numbers (``-locations none``), so they change only when a
text does, and a translation of a text that no longer exists is dropped (``-no-obsolete``).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "actviz"
CATALOGUES = ROOT / "resources" / "translations"
COMPILED = ROOT / "actviz" / "resources" / "translations"
PREFIX = "actviz_"


def qt_tool(name: str) -> Path:
    """The lupdate or lrelease that ships inside the installed PySide6 wheel."""
    import PySide6  # the wheel's own copy, whatever the PATH holds

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"{name} not found in {folder}; install PySide6-Essentials")


def catalogues() -> list[Path]:
    """The .ts files, one per language besides English (the language of the sources)."""
    return sorted(CATALOGUES.glob(f"{PREFIX}*.ts"))


def python_sources() -> list[Path]:
    """Every Python file of the package, sorted (the order new texts enter a catalogue)."""
    return sorted(SOURCES.rglob("*.py"))


def _run(command: list[str | Path]) -> str:
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{output}")
    return output


def update_catalogues(targets: list[Path]) -> str:
    """Run lupdate over the sources into ``targets`` (created if missing); lupdate's report."""
    # lupdate scans folders only for C++ and QML: name each Python file, in a stable order.
    command: list[str | Path] = [qt_tool("lupdate"), *python_sources()]
    command += ["-locations", "none", "-no-obsolete", "-source-language", "en", "-ts", *targets]
    return _run(command)


def compile_catalogue(catalogue: Path, target: Path) -> str:
    """Run lrelease on one catalogue; unfinished entries are left out (English shows instead)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return _run([qt_tool("lrelease"), "-nounfinished", catalogue, "-qm", target])


def update(quiet: bool = False) -> None:
    """Update every catalogue from the sources, then compile each into the package."""
    found = catalogues()
    if not found:
        raise SystemExit(f"no {PREFIX}*.ts in {CATALOGUES}; start one with --new <language>")
    report = update_catalogues(found)
    for catalogue in found:
        report += compile_catalogue(catalogue, COMPILED / f"{catalogue.stem}.qm")
    if not quiet:
        print(report.strip())


def stale() -> list[str]:
    """What an update would change, as messages (empty when every committed file is current).

    Works on copies in a temporary folder: nothing in the checkout is touched.
    """
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="actviz-translations-") as tmp:
        copies = []
        for catalogue in catalogues():
            copy = Path(tmp) / catalogue.name
            shutil.copyfile(catalogue, copy)
            copies.append(copy)
        if not copies:
            return [f"no {PREFIX}*.ts in {CATALOGUES}"]
        update_catalogues(copies)
        for catalogue, copy in zip(catalogues(), copies, strict=True):
            if catalogue.read_bytes() != copy.read_bytes():
                problems.append(f"{catalogue.name} does not match the marked texts in actviz/")
            built = Path(tmp) / f"{catalogue.stem}.qm"
            compile_catalogue(catalogue, built)
            shipped = COMPILED / built.name
            if not shipped.exists() or not filecmp.cmp(built, shipped, shallow=False):
                problems.append(f"{shipped.relative_to(ROOT)} is not built from {catalogue.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report stale files, change nothing")
    parser.add_argument("--new", metavar="LANG", help="start actviz_LANG.ts (e.g. fr, pt_BR)")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python tools/update_translations.py", file=sys.stderr)
        return 1 if problems else 0
    if args.new:
        target = CATALOGUES / f"{PREFIX}{args.new}.ts"
        if target.exists():
            raise SystemExit(f"{target} exists already")
        CATALOGUES.mkdir(parents=True, exist_ok=True)
        print(update_catalogues([target]).strip())  # lupdate takes the language from the name
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
