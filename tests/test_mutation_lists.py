"""The mutant names in tests/mutation/*.txt name code that exists: a function or method moved to
another module (or renamed) must take its listed mutants along, or the lists describe nothing.

mutmut 3 names a mutant ``<module>.x_<function>__mutmut_<n>`` or
``<module>.xǁ<Class>ǁ<method>__mutmut_<n>``; core and model are Qt-free, so importing is cheap.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

LISTS = sorted((Path(__file__).parent / "mutation").glob("*.txt"))
NAME = re.compile(
    r"^(?P<module>[\w.]+)\.x(?:_(?P<function>\w+?)|ǁ(?P<cls>\w+)ǁ(?P<method>\w+?))__mutmut_\d+$"
)


def listed_names() -> list[tuple[str, int, str]]:
    out = []
    for path in LISTS:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            name = line.split("#", 1)[0].strip()
            if name:
                out.append((path.name, number, name))
    return out


def test_the_lists_are_there() -> None:
    assert {p.name for p in LISTS} >= {"equivalent.txt", "open.txt"}
    assert listed_names()


def missing(name: str) -> str | None:
    """Why ``name`` names no code, or None when it does."""
    match = NAME.match(name)
    if match is None:
        return "not a mutmut 3 mutant name"
    try:
        module = importlib.import_module(match["module"])
    except ImportError:
        return f"no module {match['module']}"
    # Defined there, not only importable from there (a package re-exports its modules' names).
    if match["function"] is not None:
        function = getattr(module, match["function"], None)
        if not callable(function) or function.__module__ != module.__name__:
            return f"no function {match['function']} defined in {match['module']}"
        return None
    cls = getattr(module, match["cls"], None)
    if not isinstance(cls, type) or cls.__module__ != module.__name__:
        return f"no class {match['cls']} defined in {match['module']}"
    if match["method"] not in vars(cls):
        return f"no method {match['cls']}.{match['method']} in {match['module']}"
    return None


def test_every_listed_mutant_names_existing_code() -> None:
    problems = [
        f"{where}:{line}: {name}: {why}"
        for where, line, name in listed_names()
        if (why := missing(name)) is not None
    ]
    assert problems == []


def test_a_moved_function_is_noticed() -> None:
    assert missing("actviz.core.deepnet.plane_bending.x_warp__mutmut_3") is None
    # importable from the package, but defined (and so named by mutmut) in plane_bending
    assert missing("actviz.core.deepnet.x_warp__mutmut_3") is not None
    assert missing("actviz.model.deepnet.lab.xǁDeepNetLabǁset_depth__mutmut_1") is None
    assert missing("actviz.model.deepnet.lab.xǁDeepNetLabǁnonesuch__mutmut_1") is not None
    assert missing("actviz.core.nonesuch.x_f__mutmut_1") is not None
    assert missing("warp") is not None
