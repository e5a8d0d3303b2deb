"""The one exception a refused formula raises."""

from __future__ import annotations

from actviz.core.i18n import translate


class ExpressionError(ValueError):
    """A formula that cannot be used, with the reason in words and where it is.

    Attributes
    ----------
    message
        What is wrong, for the person who typed it.
    column
        1-based column in the text the message refers to, or None when it concerns the whole
        formula (too long, no ``x``, took too long).
    """

    def __init__(self, message: str, column: int | None = None) -> None:
        where = translate("Formula", "column {column}: {message}")
        super().__init__(
            message if column is None else where.format(column=column, message=message)
        )
        self.message = message
        self.column = column
