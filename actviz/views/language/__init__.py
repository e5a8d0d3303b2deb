"""The learner's language: the catalogues the app ships and the switch between them at run time.

Views translate their own strings with ``self.tr("...")`` and show core and model texts through
their ``*_text()`` methods; numbers go through ``actviz.core.i18n.format_number`` and
``parse_number``. ``docs/translation.md`` says how, and how to add a language.
"""

from actviz.views.language.switch import (
    Language,
    apply_language,
    available_languages,
    choose_language,
    current_language,
    native_name,
    preferred_language,
)

__all__ = [
    "Language",
    "apply_language",
    "available_languages",
    "choose_language",
    "current_language",
    "native_name",
    "preferred_language",
]
