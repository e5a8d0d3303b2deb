"""The numerical core: pure numpy (and scipy.special), no Qt.

Every number the app shows is computed here. Start with :func:`names` and :func:`get`; a typed
formula becomes an activation with :func:`parse_activation` (sympy loads on its first call).
"""

from actviz.core.activation import Activation
from actviz.core.catalogue import (
    by_family,
    custom_activations,
    get,
    is_custom_key,
    names,
    register_custom,
    staged,
    unregister_custom,
)
from actviz.core.expression import (
    ExpressionError,
    FormulaActivation,
    ParamRange,
    parse_activation,
    with_param_ranges,
)
from actviz.core.families import CUSTOM_FAMILY
from actviz.core.formula.estimate import Gap, estimate_properties, find_gaps
from actviz.core.params import Kink, Param, Properties
from actviz.core.softmax import entropy, log_softmax, softmax, softmax_jacobian, softmin

__all__ = [
    "CUSTOM_FAMILY",
    "Activation",
    "ExpressionError",
    "FormulaActivation",
    "Gap",
    "Kink",
    "Param",
    "ParamRange",
    "Properties",
    "by_family",
    "custom_activations",
    "entropy",
    "estimate_properties",
    "find_gaps",
    "get",
    "is_custom_key",
    "log_softmax",
    "names",
    "parse_activation",
    "register_custom",
    "softmax",
    "softmax_jacobian",
    "softmin",
    "staged",
    "unregister_custom",
    "with_param_ranges",
]
