"""The AppStream metainfo agrees with the rest of the project (appstreamcli checks its form)."""

from __future__ import annotations

import configparser
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import actviz
from actviz import desktop_entry

ROOT = Path(__file__).resolve().parents[2]
APP_ID = desktop_entry.APP_ID
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _metainfo() -> ET.Element:
    return ET.parse(desktop_entry.resource_path(f"{APP_ID}.metainfo.xml")).getroot()


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(desktop_entry.resource_path(f"{APP_ID}.desktop"), encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_id_names_the_component_its_launcher_and_icon() -> None:
    component = _metainfo()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert component.findtext("icon[@type='stock']") == APP_ID
    assert _desktop_entry()["Icon"] == APP_ID
    # reverse-DNS (AppStream "id"): at least three parts of lowercase letters, digits, _ and .
    assert re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){2,}", APP_ID)


def test_the_lesson_type_is_the_same_everywhere() -> None:
    mime_package = ET.parse(desktop_entry.resource_path(f"{APP_ID}.mime.xml")).getroot()
    types = [node.get("type") for node in mime_package.findall("m:mime-type", MIME_NS)]
    assert len(types) == 1
    provided = [node.text for node in _metainfo().findall("provides/mediatype")]
    assert provided == types
    assert _desktop_entry()["MimeType"] == f"{types[0]};"


def test_releases_list_this_version_newest_first() -> None:
    versions = [r.get("version") for r in _metainfo().findall("releases/release")]
    assert actviz.__version__ in versions
    assert {"0.1.0", "0.2.0"} <= set(versions)
    as_tuples = [tuple(int(part) for part in (v or "").split(".")) for v in versions]
    assert as_tuples == sorted(as_tuples, reverse=True)


def test_licence_and_categories_match_the_project() -> None:
    component = _metainfo()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert component.findtext("project_license") == project["license"]["text"]
    categories = {node.text for node in component.findall("categories/category")}
    assert {"Education", "Science"} <= categories


def test_screenshots_are_the_committed_docs_images() -> None:
    images = [node.text or "" for node in _metainfo().findall("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://"), url
        name = url.rsplit("/docs/", 1)[1]
        assert (ROOT / "docs" / name).is_file(), url
