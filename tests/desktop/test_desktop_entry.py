"""The desktop install: what goes where under XDG_DATA_HOME, the Exec quoting, an exact uninstall.

The files themselves are checked by freedesktop's own tools in test_freedesktop_validators.py.
"""

from __future__ import annotations

import configparser
import shlex
import sys
from pathlib import Path

import pytest
from desktop_tools import make_install_of_0_1_0, require_tool

from actviz import desktop_entry

APP_ID = desktop_entry.APP_ID


def _parse(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    return parser["Desktop Entry"]


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def test_every_png_size_is_a_real_png_of_that_size() -> None:
    from PySide6.QtGui import QImage

    sizes = []
    for source, rel in desktop_entry.icon_files():
        if source.suffix != ".png":
            continue
        size = int(rel.split("/")[2].split("x")[0])
        image = QImage(str(source))
        assert not image.isNull(), source
        assert (image.width(), image.height()) == (size, size)
        sizes.append(size)
    assert {16, 32, 48, 64, 128, 256} <= set(sizes)


def test_install_writes_entry_icons_mime_and_metainfo_under_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path
    written = desktop_entry.install(refresh_caches=False)
    assert all(tmp_path in p.parents for p in written)
    entry = _parse((tmp_path / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    exec_args = shlex.split(entry["Exec"])
    assert exec_args[-1] == "%f"
    assert Path(exec_args[0]) == Path(sys.executable).absolute()
    assert exec_args[1:3] == ["-m", "actviz"]
    assert entry["Icon"] == APP_ID
    assert (tmp_path / f"icons/hicolor/scalable/apps/{APP_ID}.svg").read_bytes() == (
        desktop_entry.resource_path("actviz.svg").read_bytes()
    )
    for size in (16, 48, 256):
        assert (tmp_path / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert "*.actviz" in (tmp_path / f"mime/packages/{APP_ID}.xml").read_text(encoding="utf-8")
    metainfo = tmp_path / f"metainfo/{APP_ID}.metainfo.xml"
    assert f"<id>{APP_ID}</id>" in metainfo.read_text(encoding="utf-8")
    manifest = desktop_entry.Manifest.load(tmp_path / "actviz" / desktop_entry.MANIFEST_NAME)
    assert sorted(manifest.files) == sorted(p.relative_to(tmp_path).as_posix() for p in written)


def test_default_data_home_is_dot_local_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"
    # A relative value is invalid per the XDG spec and ignored.
    assert desktop_entry.data_home({"XDG_DATA_HOME": "rel/path"}) == Path.home() / ".local/share"


@pytest.mark.parametrize("refresh", [False, True])
def test_uninstall_removes_exactly_what_install_wrote(tmp_path: Path, refresh: bool) -> None:
    if refresh:  # with the cache tools running, as on a real desktop
        require_tool("update-mime-database")
        require_tool("update-desktop-database")
    # Someone else's files in the same folders must survive.
    theirs = [
        tmp_path / "applications" / "other.desktop",
        tmp_path / "icons/hicolor/48x48/apps/other.png",
    ]
    for path in theirs:
        path.parent.mkdir(parents=True)
        path.write_text("not ours")
    before = _tree(tmp_path)
    desktop_entry.install(tmp_path, ["/usr/bin/actviz"], refresh_caches=refresh)
    desktop_entry.install(tmp_path, ["/usr/bin/actviz"], refresh_caches=refresh)  # twice is fine
    assert _tree(tmp_path) > before
    desktop_entry.uninstall(tmp_path, refresh_caches=refresh)
    after = _tree(tmp_path)
    if refresh:  # the desktop database tool may leave its own cache beside other.desktop
        after.discard("applications/mimeinfo.cache")
    assert after == before
    assert all(p.read_text() == "not ours" for p in theirs)


def test_uninstall_into_an_empty_home_leaves_it_empty(tmp_path: Path) -> None:
    home = tmp_path / "share"
    desktop_entry.install(home, ["/usr/bin/actviz"], refresh_caches=True)
    desktop_entry.uninstall(home, refresh_caches=True)
    assert not home.exists()


def test_uninstall_without_manifest_removes_nothing(tmp_path: Path) -> None:
    (tmp_path / "applications").mkdir()
    (tmp_path / "applications" / "actviz.desktop").write_text("someone else's")
    assert desktop_entry.uninstall(tmp_path, refresh_caches=False) == []
    assert (tmp_path / "applications" / "actviz.desktop").exists()


def test_uninstall_refuses_a_manifest_pointing_outside(tmp_path: Path) -> None:
    home = tmp_path / "share"
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    desktop_entry.install(home, ["/usr/bin/actviz"], refresh_caches=False)
    manifest = desktop_entry.Manifest.load(home / "actviz" / desktop_entry.MANIFEST_NAME)
    manifest.files.append("../precious.txt")
    (home / "actviz" / desktop_entry.MANIFEST_NAME).write_text(manifest.to_json())
    with pytest.raises(ValueError, match="outside"):
        desktop_entry.uninstall(home, refresh_caches=False)
    assert victim.read_text() == "keep me"


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        ("/usr/bin/actviz", "/usr/bin/actviz"),
        ("/opt/my apps/actviz", '"/opt/my apps/actviz"'),
        ('/a"b', '"/a\\\\"b"'),
        ("/cost$1", '"/cost\\\\$1"'),
        ("/100%", "/100%%"),
        ("/a\nb", '"/a\\nb"'),  # a newline is quoted, then written as the string escape \n
        ("/a\tb", '"/a\\tb"'),
    ],
)
def test_exec_quoting_follows_the_spec(arg: str, expected: str) -> None:
    assert desktop_entry.quote_exec_arg(arg) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("/usr/bin/actviz", "/usr/bin/actviz"), (" /x", "\\s/x"), ("/a\\b\nc", "/a\\\\b\\nc")],
)
def test_string_values_keep_to_their_line(value: str, expected: str) -> None:
    assert desktop_entry.escape_string_value(value) == expected


def test_app_icon_offers_every_committed_size(qapp) -> None:
    from actviz.views.theme.app_icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_command_line_install_and_uninstall(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(desktop_entry, "_refresh_caches", lambda home: None)
    assert desktop_entry.run_from_command_line(install_entry=True) == 0
    assert "application menu" in capsys.readouterr().out
    assert (tmp_path / "applications" / f"{APP_ID}.desktop").is_file()
    assert desktop_entry.run_from_command_line(install_entry=False) == 0
    assert "removed" in capsys.readouterr().out
    assert _tree(tmp_path) == set()
    assert desktop_entry.run_from_command_line(install_entry=False) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_command_line_reports_an_unwritable_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert desktop_entry.run_from_command_line(install_entry=True) == 1
    assert "could not install" in capsys.readouterr().err


def test_uninstall_removes_an_install_made_by_0_1_0(tmp_path: Path) -> None:
    home = tmp_path / "share"
    old_files = make_install_of_0_1_0(home)
    assert "applications/actviz.desktop" in old_files  # the old desktop file name
    desktop_entry.uninstall(home, refresh_caches=False)
    assert not home.exists()  # 0.1.0 created the data home too, so it goes


@pytest.mark.parametrize("refresh", [False, True])
def test_install_over_0_1_0_leaves_one_entry_and_an_exact_uninstall(
    tmp_path: Path, refresh: bool
) -> None:
    if refresh:
        require_tool("update-mime-database")
        require_tool("update-desktop-database")
    home = tmp_path / "share"
    theirs = home / "applications" / "other.desktop"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("not ours")
    old_files = make_install_of_0_1_0(home)
    desktop_entry.install(home, ["/usr/bin/actviz"], refresh_caches=refresh)
    for rel in old_files:  # every file 0.1.0 wrote is gone: one menu entry, no broken MIME package
        assert not (home / rel).exists(), rel
    entries = sorted(p.name for p in (home / "applications").glob("*.desktop"))
    assert entries == sorted(["other.desktop", f"{APP_ID}.desktop"])
    manifest = desktop_entry.Manifest.load(home / "actviz" / desktop_entry.MANIFEST_NAME)
    assert not set(manifest.files) & set(old_files)
    desktop_entry.uninstall(home, refresh_caches=refresh)
    after = _tree(home)
    after.discard("applications/mimeinfo.cache")  # the desktop database's cache beside theirs
    assert after == {"applications", "applications/other.desktop"}


def test_a_failed_install_still_records_what_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "share"
    blocker = home / "metainfo" / f"{APP_ID}.metainfo.xml"
    blocker.mkdir(parents=True)  # a folder where the file should go: the write fails
    with pytest.raises(OSError):
        desktop_entry.install(home, ["/usr/bin/actviz"], refresh_caches=False)
    manifest = desktop_entry.Manifest.load(home / "actviz" / desktop_entry.MANIFEST_NAME)
    assert f"applications/{APP_ID}.desktop" in manifest.files
    assert all((home / rel).is_file() for rel in manifest.files)
    blocker.rmdir()
    desktop_entry.uninstall(home, refresh_caches=False)
    assert _tree(home) == {"metainfo"}  # the folder the test made, and nothing of ours


def test_a_missing_data_home_is_made_private_and_taken_away_again(tmp_path: Path) -> None:
    home = tmp_path / "user" / ".local" / "share"
    desktop_entry.install(home, ["/usr/bin/actviz"], refresh_caches=False)
    # XDG Base Directory spec: a missing base directory is created with permission 0700.
    for folder in (tmp_path / "user", tmp_path / "user" / ".local", home):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    desktop_entry.uninstall(home, refresh_caches=False)
    assert _tree(tmp_path) == set()
