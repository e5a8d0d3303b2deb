"""Everything ``actviz --install-desktop`` writes, checked by freedesktop's own tools.

The install runs for real (``python -m actviz --install-desktop``) into a temporary XDG_DATA_HOME
laid out as ``<root>/usr/share``, so that ``appstreamcli validate-tree <root>`` can also check the
AppStream file against the desktop entry it names. With ``CI`` set a missing tool fails the test;
elsewhere the test skips and names the Debian package to install (see desktop_tools.py).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from desktop_tools import make_install_of_0_1_0, require_tool

from actviz import desktop_entry

ROOT = Path(__file__).resolve().parents[2]
APP_ID = desktop_entry.APP_ID
LESSON_TYPE = "application/x-actviz-session"

#: Every kind of file the install may write, and the test below that checks it.
VALIDATED = {
    rf"applications/{re.escape(APP_ID)}\.desktop": "desktop-file-validate",
    rf"mime/packages/{re.escape(APP_ID)}\.xml": "xmllint, update-mime-database",
    rf"metainfo/{re.escape(APP_ID)}\.metainfo\.xml": "appstreamcli validate, validate-tree",
    rf"icons/hicolor/scalable/apps/{re.escape(APP_ID)}\.svg": "xmllint",
    rf"icons/hicolor/(\d+)x\1/apps/{re.escape(APP_ID)}\.png": "a PNG of the folder's size",
}


@dataclass
class Installed:
    root: Path
    share: Path
    env: dict[str, str]
    files: list[str]


def _desktop_env(root: Path) -> dict[str, str]:
    home = root / "home"
    home.mkdir(exist_ok=True)
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(root / "usr" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }


def _actviz(flag: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "actviz", flag],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _run(command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("desktop-root")
    env = _desktop_env(root)
    _actviz("--install-desktop", env)
    share = root / "usr" / "share"
    manifest = desktop_entry.Manifest.load(share / "actviz" / desktop_entry.MANIFEST_NAME)
    return Installed(root, share, env, manifest.files)


def test_every_installed_file_is_checked_by_a_tool(installed: Installed) -> None:
    kinds = set()
    for rel in installed.files:
        assert (installed.share / rel).is_file(), rel
        matches = [pattern for pattern in VALIDATED if re.fullmatch(pattern, rel)]
        assert matches, f"{rel} is installed but nothing here validates it"
        kinds.update(matches)
    assert kinds == set(VALIDATED)


def test_desktop_file_validate_has_no_remark(installed: Installed) -> None:
    validate = require_tool("desktop-file-validate")
    entry = installed.share / "applications" / f"{APP_ID}.desktop"
    result = _run([validate, str(entry)])
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.parametrize(
    "rel", [f"mime/packages/{APP_ID}.xml", f"icons/hicolor/scalable/apps/{APP_ID}.svg"]
)
def test_xml_files_are_well_formed(installed: Installed, rel: str) -> None:
    result = _run([require_tool("xmllint"), "--noout", str(installed.share / rel)])
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_update_mime_database_maps_the_lesson_suffix(installed: Installed) -> None:
    update = require_tool("update-mime-database")
    mime = installed.share / "mime"
    result = _run([update, str(mime)], env=installed.env)
    # Not a word: no "Failed to parse", no warning, no note that the folder is not searched.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    # globs2 lines are weight:type:glob (shared-mime-info spec, "The glob files")
    globs = [
        line.split(":")[1:3]
        for line in (mime / "globs2").read_text().splitlines()
        if not line.startswith("#")
    ]
    assert [LESSON_TYPE, "*.actviz"] in globs
    assert f"{LESSON_TYPE} application/json" in (mime / "subclasses").read_text().splitlines()
    assert f"{LESSON_TYPE}:{APP_ID}" in (mime / "icons").read_text().splitlines()


def test_xdg_mime_knows_the_type_and_that_actviz_opens_it(
    installed: Installed, tmp_path: Path
) -> None:
    xdg_mime = require_tool("xdg-mime")
    require_tool("gio")  # xdg-mime asks GLib, which reads the shared MIME database
    env = {**installed.env, "XDG_CURRENT_DESKTOP": "GNOME"}
    lesson = tmp_path / "dying relu.actviz"
    shutil.copyfile(ROOT / "examples" / "lessons" / "dying-relu.actviz", lesson)
    filetype = _run([xdg_mime, "query", "filetype", str(lesson)], env=env)
    assert filetype.stdout.strip() == LESSON_TYPE, filetype.stderr
    default = _run([xdg_mime, "query", "default", LESSON_TYPE], env=env)
    assert default.stdout.strip() == f"{APP_ID}.desktop", default.stderr


def _appstream_issues(output: str) -> list[str]:
    """The issue lines (``E:``, ``W:``, ``I:``, ``P:``) of appstreamcli's text report."""
    return [line.strip() for line in output.splitlines() if re.match(r"\s*[EWIP]: ", line)]


def _tolerated_appstream_issues(appstreamcli: str) -> set[str]:
    """``<developer>`` is AppStream 1.0's; 0.16 (Debian 12) does not know it yet."""
    version = _run([appstreamcli, "--version"]).stdout
    found = re.search(r"(\d+)\.(\d+)", version)
    assert found, version
    if (int(found[1]), int(found[2])) < (1, 0):
        return {f"I: {APP_ID}:10: unknown-tag developer"}
    return set()


@pytest.mark.parametrize("command", ["validate", "validate-tree"])
def test_appstreamcli_validates_the_metainfo(installed: Installed, command: str) -> None:
    appstreamcli = require_tool("appstreamcli")
    target = installed.share / "metainfo" / f"{APP_ID}.metainfo.xml"
    if command == "validate-tree":  # also checks the desktop entry the metainfo launches
        target = installed.root
    result = _run([appstreamcli, command, "--no-net", "--pedantic", str(target)])
    assert result.returncode == 0, result.stdout + result.stderr
    issues = set(_appstream_issues(result.stdout))
    assert issues <= _tolerated_appstream_issues(appstreamcli), result.stdout


def test_installed_icons_have_the_size_their_folder_says(installed: Installed) -> None:
    from PySide6.QtGui import QImage

    pngs = [rel for rel in installed.files if rel.endswith(".png")]
    assert len(pngs) >= 6
    for rel in pngs:
        size = int(rel.split("/")[2].split("x")[0])
        image = QImage(str(installed.share / rel))
        assert (image.width(), image.height()) == (size, size), rel


def test_glib_launches_the_exact_command_the_install_recorded(tmp_path: Path) -> None:
    """Quoting per the spec, and GLib's launcher, as a desktop uses it, gets the command back."""
    gio = require_tool("gio")
    folder = tmp_path / 'my apps $HOME "q" \\b `x`'
    folder.mkdir()
    program = folder / "act viz"
    out = tmp_path / "argv.txt"
    program.write_text(  # writes its arguments NUL-separated, then renames: the file is whole
        "#!/bin/sh\n"
        f'for a in "$0" "$@"; do printf "%s\\0" "$a"; done > "{out}.tmp"\n'
        f'mv "{out}.tmp" "{out}"\n'
    )
    program.chmod(0o755)
    command = [str(program), "-m", "a%b c", "tab\there", "new\nline"]
    home = tmp_path / "share"
    desktop_entry.install(home, command, refresh_caches=False)
    lesson = tmp_path / "a lesson.actviz"
    lesson.write_text("{}")
    entry = home / "applications" / f"{APP_ID}.desktop"
    validated = _run([require_tool("desktop-file-validate"), str(entry)])
    assert (validated.returncode, validated.stdout + validated.stderr) == (0, "")
    result = _run([gio, "launch", str(entry), str(lesson)])
    assert result.returncode == 0, result.stderr
    deadline = time.monotonic() + 60  # gio launch does not wait for the program
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert out.read_text().split("\0")[:-1] == [*command, str(lesson)]


def test_real_uninstall_leaves_nothing(tmp_path: Path) -> None:
    require_tool("update-mime-database")
    require_tool("update-desktop-database")
    env = _desktop_env(tmp_path)
    share = Path(env["XDG_DATA_HOME"])
    _actviz("--install-desktop", env)
    assert (share / "mime" / "globs2").is_file()  # the caches were built
    _actviz("--uninstall-desktop", env)
    assert {p.name for p in tmp_path.iterdir()} == {"home"}  # usr/share came and went


def test_install_over_0_1_0_gives_a_clean_mime_database(tmp_path: Path) -> None:
    update = require_tool("update-mime-database")
    env = _desktop_env(tmp_path)
    share = Path(env["XDG_DATA_HOME"])
    make_install_of_0_1_0(share)
    broken = _run([update, str(share / "mime")], env=env)
    assert "Failed to parse" in broken.stdout + broken.stderr  # the bug 0.1.0 shipped
    _actviz("--install-desktop", env)
    result = _run([update, str(share / "mime")], env=env)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    assert "*.actviz" in (share / "mime" / "globs2").read_text()


def test_a_missing_tool_fails_under_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_tools

    monkeypatch.setitem(desktop_tools.DEBIAN_PACKAGE, "no-such-validator", "no-such-package")
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="no-such-package"):
        require_tool("no-such-validator")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no-such-package"):
        require_tool("no-such-validator")
