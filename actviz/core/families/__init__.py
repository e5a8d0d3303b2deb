"""One module per family of activations; each defines ``ACTIVATIONS``, a tuple in display order.

The family names below are the group headings of the picker, in the order it shows them. They are
keys too (``Activation.family``), so they stay English; :func:`family_text` shows one.
"""

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate_marked

CLASSIC = QT_TRANSLATE_NOOP("Family", "Classic")
RELU_FAMILY = QT_TRANSLATE_NOOP("Family", "ReLU family")
SMOOTH_GATED = QT_TRANSLATE_NOOP("Family", "Smooth / gated")
HARD_PIECEWISE = QT_TRANSLATE_NOOP("Family", "Hard / piecewise")
SHRINKAGE = QT_TRANSLATE_NOOP("Family", "Shrinkage")

FAMILY_ORDER = (CLASSIC, RELU_FAMILY, SMOOTH_GATED, HARD_PIECEWISE, SHRINKAGE)
#: The family of activations a learner types (listed after the catalogue's own).
CUSTOM_FAMILY = QT_TRANSLATE_NOOP("Family", "Custom")


def family_text(family: str) -> str:
    """The heading of ``family`` in the installed language."""
    return translate_marked("Family", family)
