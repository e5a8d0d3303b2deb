"""The translation catalogues: current with the sources, complete, true to the glossary, shipped.

The catalogue is read here with ElementTree, independently of Qt; tests/views/language checks that
the running app shows what it says.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "actviz_de.ts"
COMPILED = ROOT / "actviz" / "resources" / "translations" / "actviz_de.qm"

PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")
TAG = re.compile(r"</?[a-z]+>")
# Words that only English prose has: a message holding one must not come back unchanged.
ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|is|if|else|for|with|from|must|got|where|its|it|to|at|by|not|no|or)\b"
)
# Glossary terms of docs/translation.md (marked ✓ there): English pattern -> German pattern.
GLOSSARY = {
    r"\bactivation functions?\b": r"aktivierungsfunktion",
    r"\bderivatives?\b": r"ableitung",
    r"\bgradients?\b": r"gradient",
    r"\bvanishing gradients\b": r"verschwindende",
    r"\bgradient descent\b": r"gradientenabstieg",
    r"\bsaturat": r"sättig",
    r"\bzero-centred\b": r"nullzentriert",
    r"\bmonotonic\b": r"monoton",
    r"\bbounded\b": r"beschränkt",
    r"\bsmooth\b": r"glatt",
    r"\b(corner|kink)s?\b": r"knick",
    r"\bjumps?\b": r"sprung|spring",
    r"\bslope\b": r"steigung",
    r"\bweights?\b": r"gewicht",
    r"\bbias\b": r"bias",
    r"\binputs?\b": r"eingabe",
    r"\blayers?\b": r"schicht",
    r"\bhidden (layer|unit)s?\b": r"verdeckte",
    r"\bloss(es)?\b": r"verlust",
    r"\blearning rate\b": r"lernrate",
    r"\btemperature\b": r"temperatur",
    r"\bprobabilit(y|ies)\b": r"wahrscheinlichkeit",
}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(CATALOGUE).getroot()
    assert root.get("language", "").startswith("de")
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _pairs() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message."""
    return [
        (context, m.findtext("source", ""), m.findtext("translation", ""))
        for context, m in _messages()
    ]


def test_the_catalogue_and_the_compiled_file_are_current() -> None:
    """What lupdate extracts from the sources now is exactly the committed catalogue, and the
    shipped .qm is what lrelease makes of it."""
    assert _tool().stale() == []


def test_every_message_has_a_finished_german_translation() -> None:
    messages = _messages()
    assert len(messages) > 250
    for context, message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, (context, message.findtext("source"))
        assert (translation.text or "").strip(), (context, message.findtext("source"))


@pytest.mark.parametrize(
    "catalogue",
    sorted(CATALOGUE.parent.glob("actviz_*.ts")),
    ids=lambda path: path.stem,
)
def test_every_shipped_catalogue_is_finished_and_compiled(catalogue: Path) -> None:
    """View › Language offers every catalogue that ships: none may leave a text in English."""
    root = ET.parse(catalogue).getroot()
    code = catalogue.stem.removeprefix("actviz_")
    assert root.get("language", "").split("_")[0] == code.split("_")[0]
    unfinished = [
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
        if (t := message.find("translation")) is None
        or t.get("type") is not None
        or not (t.text or "").strip()
    ]
    assert unfinished == []
    assert (COMPILED.parent / f"{catalogue.stem}.qm").is_file()


def test_translations_keep_placeholders_and_markup() -> None:
    for context, source, translation in _pairs():
        assert Counter(PLACEHOLDER.findall(translation)) == Counter(PLACEHOLDER.findall(source)), (
            context,
            source,
        )
        assert Counter(TAG.findall(translation)) == Counter(TAG.findall(source)), (context, source)


def test_prose_is_translated_not_copied() -> None:
    """Only names, maths and cited titles may read the same in German."""
    copied = [
        source
        for context, source, translation in _pairs()
        if context != "Reference" and translation == source and ENGLISH_WORDS.search(source)
    ]
    assert copied == []


def test_the_german_text_uses_the_glossary_terms() -> None:
    misses = []
    for context, source, translation in _pairs():
        if context == "Reference" or translation == source:
            continue  # cited titles stay as published; names and maths are not prose
        # Placeholders and identifiers ("a = weight") are not words of the text.
        words = re.sub(r"\{\w+\}|=\s*[a-z_]+\b", "", source)
        for english, german in GLOSSARY.items():
            if re.search(english, words, re.IGNORECASE) and not re.search(
                german, translation, re.IGNORECASE
            ):
                misses.append((english, source[:60], translation[:60]))
    assert misses == []


def test_german_decimals_take_a_comma() -> None:
    """A decimal point inside German text or maths is a slip (1e150 and version names aside)."""
    decimal_point = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])")
    slips = [
        (source, translation)
        for context, source, translation in _pairs()
        if context != "Reference" and decimal_point.search(translation)
    ]
    assert slips == []


_TRANSLATORS = {"QCoreApplication", "QApplication", "QGuiApplication", "i18n"}


def _call_name(node: ast.Call) -> str:
    """The name of a translation call, or "" (QPainter.translate moves a painter)."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        if func.attr == "tr" or (isinstance(owner, ast.Name) and owner.id in _TRANSLATORS):
            return func.attr
    return ""


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_marked_text_is_a_literal_lupdate_can_read() -> None:
    """lupdate reads only string literals: an f-string or a variable would be looked up at run
    time under a text the catalogue never got; a tr() inside an f-string is not seen at all."""
    problems = []
    for path in sorted((ROOT / "actviz").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstring = {
            id(node)
            for joined in ast.walk(tree)
            if isinstance(joined, ast.JoinedStr)
            for node in ast.walk(joined)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name in ("translate", "QT_TRANSLATE_NOOP"):
                if len(node.args) < 2 or not all(_is_literal(a) for a in node.args[:2]):
                    problems.append(f"{where}: {name} needs a literal context and text")
            elif name == "tr" and isinstance(node.func, ast.Attribute):
                if not node.args or not _is_literal(node.args[0]):
                    problems.append(f"{where}: tr needs a literal text")
            elif name == "translate_marked":
                if not node.args or not _is_literal(node.args[0]):
                    problems.append(f"{where}: translate_marked needs a literal context")
            else:
                continue
            if id(node) in in_fstring:
                problems.append(f"{where}: {name} inside an f-string is invisible to lupdate")
    assert problems == []


def test_the_tool_reports_a_stale_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check can fail: a catalogue that lacks a marked text, or a .qm that lacks the
    catalogue's latest translation, is reported."""
    tool = _tool()
    catalogues, compiled = tmp_path / "ts", tmp_path / "qm"
    catalogues.mkdir()
    compiled.mkdir()
    text = CATALOGUE.read_text(encoding="utf-8").replace(
        "<translation>Ableitung", "<translation>Derivat"
    )
    first = re.search(r"\s*<message>.*?</message>", text, re.DOTALL)
    assert first is not None
    (catalogues / CATALOGUE.name).write_text(text.replace(first.group(0), "", 1), encoding="utf-8")
    shutil.copyfile(COMPILED, compiled / COMPILED.name)
    monkeypatch.setattr(tool, "CATALOGUES", catalogues)
    monkeypatch.setattr(tool, "COMPILED", compiled)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    problems = tool.stale()
    assert any("does not match the marked texts" in p for p in problems), problems
    assert any("is not built from" in p for p in problems), problems


def test_the_package_data_takes_the_compiled_catalogue(tmp_path: Path) -> None:
    """pyproject's package data copies the .qm into what a wheel is made from: setuptools'
    build_py, the step bdist_wheel runs (pip install -e uses the checkout itself)."""
    source = tmp_path / "src"
    shutil.copytree(
        ROOT / "actviz", source / "actviz", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copyfile(ROOT / name, source / name)
    build = tmp_path / "build"
    result = subprocess.run(
        [sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
         "--build-lib", str(build)],
        cwd=source, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    shipped = build / "actviz" / "resources" / "translations" / COMPILED.name
    assert shipped.read_bytes() == COMPILED.read_bytes()
