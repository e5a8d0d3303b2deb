"""The numerical core: pure numpy (and scipy.special), no Qt.

Every number the app shows is computed here. Start with :func:`names` and :func:`get`.
"""

from actviz.core.activation import Activation
from actviz.core.catalogue import by_family, get, names
from actviz.core.params import Kink, Param, Properties
from actviz.core.softmax import entropy, log_softmax, softmax, softmax_jacobian, softmin

__all__ = [
    "Activation",
    "Kink",
    "Param",
    "Properties",
    "by_family",
    "entropy",
    "get",
    "log_softmax",
    "names",
    "softmax",
    "softmax_jacobian",
    "softmin",
]
