"""What a careless user types: numbers an entry must take, and text it must refuse calmly."""

from __future__ import annotations

# Text typed into number entries: good numbers, and everything the entries must refuse calmly.
NUMBER_TEXTS = (
    "0", "1", "-1", "0.5", "-0.001", "2.5e1", "1e-300", "100", "-100", "1e6", "-1e6",
    "abc", "1.2.3", "NaN", "nan", "inf", "-inf", "Infinity", "1e400", "-1e400", "",
    "   ", "-", "+", "e", "1e", "0x10", "1,5", "١٢", "½", "9" * 40, "--1", "1_000",
)  # fmt: skip


# Text typed into other entries (class names, filters).
WORD_TEXTS = (
    "cat", "", "   ", "a" * 80, "<b>bold</b>", "ß∂ƒ", "名前", "x\ty", "relu", "tanh", "🙂", "&&",
)  # fmt: skip
