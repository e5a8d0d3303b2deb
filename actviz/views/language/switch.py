"""Which language the app speaks: the shipped catalogues, and the switch between them at run time.

:func:`apply_language` is what View > Language calls. It removes the translators it installed
before, installs Qt's translator for the new language (``actviz_<code>.qm`` from the package, and
Qt's own ``qtbase_<code>.qm`` for the buttons of standard dialogs), and points the Qt-free layers'
hook (:mod:`actviz.core.i18n`) at ``QCoreApplication.translate`` with the language's decimal sign.
Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget: a
view re-reads its texts in ``changeEvent`` (see ``docs/translation.md``), so no restart is needed.

English is the language of the sources: it needs no catalogue, and choosing it removes every
translator. Another language appears in :func:`available_languages` as soon as its ``.qm`` ships.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from actviz.core import i18n

SOURCE_LANGUAGE = "en"
#: The compiled catalogues shipped in the package (built by tools/update_translations.py).
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_PREFIX = "actviz_"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


@dataclass(frozen=True)
class Language:
    """A language the app can speak: its code ("de", "pt_BR") and its name in itself."""

    code: str
    name: str


def native_name(code: str) -> str:
    """The name of language ``code`` in that language ("Deutsch"), capitalised."""
    if code == SOURCE_LANGUAGE:
        return "English"  # QLocale says "American English"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def available_languages() -> list[Language]:
    """English first, then every language whose catalogue ships, by code."""
    codes = sorted(path.stem.removeprefix(_PREFIX) for path in TRANSLATIONS.glob(f"{_PREFIX}*.qm"))
    return [Language(code, native_name(code)) for code in (SOURCE_LANGUAGE, *codes)]


def _codes() -> list[str]:
    return [language.code for language in available_languages()]


def preferred_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first of ``ui_languages`` (default: the system's, most preferred first) that the app
    speaks, matched exactly ("pt_BR") or by language ("de_AT" gets "de"); else English."""
    wanted = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    codes = _codes()
    for tag in wanted:
        code = tag.replace("-", "_")
        for candidate in (code, code.split("_")[0]):
            if candidate in codes:
                return candidate
    return SOURCE_LANGUAGE


def choose_language(saved: str | None) -> str:
    """The language to start in: ``saved`` (the user's last choice) if it still ships, else the
    system's preference (a settings value from another version may name anything)."""
    if saved in _codes():
        assert saved is not None
        return saved
    return preferred_language()


def current_language() -> str:
    """The code last applied by :func:`apply_language` ("en" before any)."""
    return _current


def _qt_catalogue(code: str) -> Path:
    """Qt's own catalogue for ``code``: where QLibraryInfo says, else beside the PySide6 package
    (a PyInstaller bundle keeps that layout but may not tell QLibraryInfo)."""
    import PySide6

    name = f"qtbase_{code}.qm"
    folders = (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
    )
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    return folders[0] / name


def apply_language(code: str) -> Language:
    """Speak ``code`` (one of :func:`available_languages`) from now on, in Qt and in the core.

    Needs a QCoreApplication. ``ValueError`` for a language that does not ship. Qt's own
    catalogue is optional (a bundle may leave it out): without it only standard dialogs' buttons
    stay English.
    """
    global _current
    languages = {language.code: language for language in available_languages()}
    if code not in languages:
        known = ", ".join(languages)
        raise ValueError(f"no translation for {code!r}; available: {known}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a QCoreApplication")
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    if code != SOURCE_LANGUAGE:
        for catalogue in (_qt_catalogue(code), TRANSLATIONS / f"{_PREFIX}{code}.qm"):
            translator = QTranslator(app)  # owned by the app: lives as long as it is installed
            if translator.load(str(catalogue)):
                app.installTranslator(translator)
                _installed.append(translator)
            elif catalogue.parent == TRANSLATIONS:
                raise RuntimeError(f"{catalogue} is not a readable Qt translation file")
    decimal = QLocale(code).decimalPoint()
    i18n.install(None if code == SOURCE_LANGUAGE else QCoreApplication.translate, decimal)
    _current = code
    return languages[code]
