"""One module per family of activations; each defines ``ACTIVATIONS``, a tuple in display order.

The family names below are the group headings of the picker, in the order it shows them.
"""

CLASSIC = "Classic"
RELU_FAMILY = "ReLU family"
SMOOTH_GATED = "Smooth / gated"
HARD_PIECEWISE = "Hard / piecewise"
SHRINKAGE = "Shrinkage"

FAMILY_ORDER = (CLASSIC, RELU_FAMILY, SMOOTH_GATED, HARD_PIECEWISE, SHRINKAGE)
