"""The allow list: Python's ``ast`` of the formula, walked node by node into sympy objects.

Nothing of the text is ever evaluated: ``ast.parse`` only parses, and each allowed node is turned
into the sympy object it stands for by code written here (a number into an exact ``Rational``, a
name into a real ``Symbol``, a call into one of the listed functions). Every other kind of node is
refused with a message and the column it starts at. Numbers are checked as they are combined, so a
tower of powers is refused before it is ever computed.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass
from typing import Any, NoReturn

import sympy as sp

from actviz.core.formula.errors import ExpressionError
from actviz.core.formula.functions import FUNCTIONS
from actviz.core.formula.text import CheckedText
from actviz.core.formula.vocabulary import MAX_NAME_LENGTH, MAX_PARAMS, VARIABLE
from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate, translate_marked

MAX_NODES = 200  # parse-tree nodes; a 500-character formula has about 150
MAX_DEPTH = 40  # nesting of operations
MAX_POWER = 100  # |n| of a constant exponent
MAX_LITERAL = 1e15
MIN_LITERAL = 1e-100
MAX_BITS = 1100  # an exact constant's numerator and denominator stay below about 1e330

_NAME = re.compile(r"[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?\Z")
_CONSTANTS: dict[str, sp.Expr] = {"pi": sp.pi, "e": sp.E}
_COMPARISONS: dict[type[ast.cmpop], Any] = {
    ast.Lt: sp.StrictLessThan,
    ast.LtE: sp.LessThan,
    ast.Gt: sp.StrictGreaterThan,
    ast.GtE: sp.GreaterThan,
}
_REFUSED: dict[type[ast.AST], str] = {
    ast.Attribute: QT_TRANSLATE_NOOP("Formula", "attribute access ('.name') is not allowed"),
    ast.Subscript: QT_TRANSLATE_NOOP("Formula", "subscripts ('[...]') are not allowed"),
    ast.Lambda: QT_TRANSLATE_NOOP("Formula", "lambdas are not allowed"),
    ast.ListComp: QT_TRANSLATE_NOOP("Formula", "comprehensions are not allowed"),
    ast.SetComp: QT_TRANSLATE_NOOP("Formula", "comprehensions are not allowed"),
    ast.DictComp: QT_TRANSLATE_NOOP("Formula", "comprehensions are not allowed"),
    ast.GeneratorExp: QT_TRANSLATE_NOOP("Formula", "comprehensions are not allowed"),
    ast.JoinedStr: QT_TRANSLATE_NOOP("Formula", "f-strings are not allowed"),
    ast.FormattedValue: QT_TRANSLATE_NOOP("Formula", "f-strings are not allowed"),
    ast.BoolOp: QT_TRANSLATE_NOOP(
        "Formula", "'and' and 'or' are not supported: use where(condition, a, b)"
    ),
    ast.IfExp: QT_TRANSLATE_NOOP(
        "Formula", "'a if c else b' is not supported: write where(c, a, b)"
    ),
    ast.Compare: QT_TRANSLATE_NOOP(
        "Formula", "a comparison can only be the condition of where(condition, a, b)"
    ),
    ast.Tuple: QT_TRANSLATE_NOOP(
        "Formula", "a formula is one expression (is there a comma outside a function call?)"
    ),
    ast.List: QT_TRANSLATE_NOOP("Formula", "lists are not allowed"),
    ast.Set: QT_TRANSLATE_NOOP("Formula", "sets are not allowed"),
    ast.Dict: QT_TRANSLATE_NOOP("Formula", "dictionaries are not allowed"),
    ast.NamedExpr: QT_TRANSLATE_NOOP("Formula", "':=' is not allowed"),
    ast.Starred: QT_TRANSLATE_NOOP("Formula", "'*' unpacking is not allowed"),
    ast.Await: QT_TRANSLATE_NOOP("Formula", "'await' is not allowed"),
    ast.Yield: QT_TRANSLATE_NOOP("Formula", "'yield' is not allowed"),
    ast.YieldFrom: QT_TRANSLATE_NOOP("Formula", "'yield' is not allowed"),
}
_BAD_OPERATORS: dict[type[ast.AST], str] = {
    ast.Mod: QT_TRANSLATE_NOOP("Formula", "'%' (remainder) is not supported"),
    ast.FloorDiv: QT_TRANSLATE_NOOP("Formula", "'//' (floor division) is not supported: use /"),
    ast.MatMult: QT_TRANSLATE_NOOP("Formula", "'@' is not allowed"),
    ast.LShift: QT_TRANSLATE_NOOP("Formula", "bit shifts are not supported"),
    ast.RShift: QT_TRANSLATE_NOOP("Formula", "bit shifts are not supported"),
    ast.BitOr: QT_TRANSLATE_NOOP("Formula", "bitwise operators are not supported"),
    ast.BitAnd: QT_TRANSLATE_NOOP("Formula", "bitwise operators are not supported"),
    ast.BitXor: QT_TRANSLATE_NOOP("Formula", "bitwise operators are not supported"),
    ast.Not: QT_TRANSLATE_NOOP("Formula", "'not' is not supported"),
    ast.Invert: QT_TRANSLATE_NOOP("Formula", "'~' is not supported"),
}


@dataclass(frozen=True)
class Built:
    """The formula as a sympy expression in the real symbol ``x`` and its parameters."""

    expr: sp.Expr
    x: sp.Symbol
    params: tuple[sp.Symbol, ...]  # in order of first appearance


def build_expression(checked: CheckedText) -> Built:
    """Parse ``checked.source`` and build its sympy expression (ExpressionError if refused)."""
    try:
        tree = ast.parse(checked.source, mode="eval")
    except SyntaxError as error:
        raise _syntax_error(error, checked) from None
    except (ValueError, RecursionError, MemoryError):
        raise ExpressionError(
            translate("Formula", "the formula is too complicated to read")
        ) from None
    count = sum(1 for _ in ast.walk(tree))  # breadth-first: safe at any depth
    if count > MAX_NODES:
        message = translate("Formula", "the formula has too many parts ({count}; at most {limit})")
        raise ExpressionError(message.format(count=count, limit=MAX_NODES))
    builder = _Builder(checked)
    expr = builder.build(tree.body, 0)
    return Built(expr, builder.x, tuple(builder.symbols.values()))


class _Builder:
    def __init__(self, checked: CheckedText) -> None:
        self.checked = checked
        self.x = sp.Symbol(VARIABLE, real=True)
        self.symbols: dict[str, sp.Symbol] = {}

    def fail(self, message: str, node: ast.expr) -> NoReturn:
        raise ExpressionError(message, self.checked.column(node.col_offset))

    def build(self, node: ast.expr, depth: int) -> sp.Expr:
        if depth > MAX_DEPTH:
            message = translate(
                "Formula", "the formula is nested too deeply (more than {limit} levels)"
            )
            self.fail(message.format(limit=MAX_DEPTH), node)
        handler = getattr(self, f"_on_{type(node).__name__}", None)
        if handler is None:
            refused = _REFUSED.get(type(node))
            if refused is not None:
                self.fail(translate_marked("Formula", refused), node)
            self.fail(
                translate("Formula", "'{what}' is not allowed").format(what=type(node).__name__),
                node,
            )
        try:
            result: sp.Expr = handler(node, depth + 1)
        except ExpressionError:
            raise
        except (TypeError, ValueError, ArithmeticError, RecursionError, MemoryError) as error:
            message = translate("Formula", "this part cannot be computed ({error})")
            self.fail(message.format(error=type(error).__name__), node)
        self._check_value(result, node)
        return result

    # leaves ------------------------------------------------------------------------------------
    def _on_Constant(self, node: ast.Constant, _depth: int) -> sp.Expr:
        value = node.value
        if isinstance(value, str | bytes):
            self.fail(translate("Formula", "strings are not allowed in a formula"), node)
        if isinstance(value, bool) or value is None or value is Ellipsis:
            self.fail(translate("Formula", "'{value}' is not a number").format(value=value), node)
        if isinstance(value, complex):
            self.fail(translate("Formula", "complex numbers are not supported"), node)
        if not isinstance(value, int | float):
            self.fail(translate("Formula", "only numbers are allowed here"), node)
        if not (math.isfinite(value) and abs(value) <= MAX_LITERAL):
            message = translate("Formula", "numbers are limited to ±{limit}")
            self.fail(message.format(limit=format_number(MAX_LITERAL)), node)
        if value != 0 and abs(value) < MIN_LITERAL:
            message = translate("Formula", "numbers closer to 0 than {limit} are not supported")
            self.fail(message.format(limit=format_number(MIN_LITERAL)), node)
        # The exact decimal that was typed (0.1 stays 1/10), so derivatives stay exact.
        return sp.Integer(value) if isinstance(value, int) else sp.Rational(repr(value))

    def _on_Name(self, node: ast.Name, _depth: int) -> sp.Expr:
        name = node.id
        if name == VARIABLE:
            return self.x
        if name in _CONSTANTS:
            return _CONSTANTS[name]
        if name.startswith("_") or name.endswith("_"):
            self.fail(
                translate("Formula", "names starting or ending with '_' are not allowed"), node
            )
        if name in FUNCTIONS or name == "where":
            self.fail(
                translate("Formula", "'{name}' is a function: write {name}(...)").format(name=name),
                node,
            )
        if not _NAME.match(name):
            message = translate(
                "Formula", "'{name}' is not a parameter name (letters, digits and '_')"
            )
            self.fail(message.format(name=name), node)
        if len(name) > MAX_NAME_LENGTH:
            message = translate("Formula", "parameter names are limited to {limit} characters")
            self.fail(message.format(limit=MAX_NAME_LENGTH), node)
        if name not in self.symbols:
            if len(self.symbols) >= MAX_PARAMS:
                message = translate("Formula", "at most {limit} parameters are allowed")
                self.fail(message.format(limit=MAX_PARAMS), node)
            # A plain real symbol: beta, gamma, E, I, N, S, O, Q are parameters like any other.
            self.symbols[name] = sp.Symbol(name, real=True)
        return self.symbols[name]

    # operators ---------------------------------------------------------------------------------
    def _on_UnaryOp(self, node: ast.UnaryOp, depth: int) -> sp.Expr:
        if isinstance(node.op, ast.USub):
            return -self.build(node.operand, depth)
        if isinstance(node.op, ast.UAdd):
            return self.build(node.operand, depth)
        bad = _BAD_OPERATORS.get(type(node.op))
        if bad is not None:
            self.fail(translate_marked("Formula", bad), node)
        self.fail(translate("Formula", "this operator is not supported"), node)

    def _on_BinOp(self, node: ast.BinOp, depth: int) -> sp.Expr:
        op = node.op
        if type(op) in _BAD_OPERATORS:
            self.fail(translate_marked("Formula", _BAD_OPERATORS[type(op)]), node)
        left = self.build(node.left, depth)
        right = self.build(node.right, depth)
        if isinstance(op, ast.Add):
            return left + right
        if isinstance(op, ast.Sub):
            return left - right
        if isinstance(op, ast.Mult):
            return left * right
        if isinstance(op, ast.Div):
            if right.is_zero:
                self.fail(translate("Formula", "division by zero"), node)
            return left / right
        if isinstance(op, ast.Pow):
            if right.is_Number and abs(right) > MAX_POWER:
                message = translate("Formula", "powers are limited to exponents within ±{limit}")
                self.fail(message.format(limit=MAX_POWER), node.right)
            if left.is_zero and right.is_Number and right.is_negative:
                self.fail(translate("Formula", "division by zero (0 to a negative power)"), node)
            return sp.Pow(left, right)
        self.fail(translate("Formula", "this operator is not supported"), node)

    # calls -------------------------------------------------------------------------------------
    def _on_Call(self, node: ast.Call, depth: int) -> sp.Expr:
        if not isinstance(node.func, ast.Name):
            self.fail(
                translate("Formula", "only the listed functions can be called, by name"), node
            )
        name = node.func.id
        if node.keywords:
            self.fail(
                translate("Formula", "keyword arguments are not allowed"), node.keywords[0].value
            )
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                self.fail(translate("Formula", "'*' unpacking is not allowed"), arg)
        if name == "where":
            return self._where(node, depth)
        if name not in FUNCTIONS:
            message = translate(
                "Formula", "'{name}' is not a function actviz knows (known: {known})"
            )
            self.fail(message.format(name=name, known=_known()), node)
        arity, function = FUNCTIONS[name]
        if len(node.args) != arity:
            message = translate("Formula", "{name} takes {arity} argument(s), not {count}")
            self.fail(message.format(name=name, arity=arity, count=len(node.args)), node)
        args = [self.build(arg, depth) for arg in node.args]
        return function(*args)

    def _where(self, node: ast.Call, depth: int) -> sp.Expr:
        if len(node.args) != 3:
            message = translate(
                "Formula", "where takes 3 arguments: where(condition, value if true, otherwise)"
            )
            self.fail(message, node)
        test = node.args[0]
        if not isinstance(test, ast.Compare):
            self.fail(
                translate("Formula", "the first argument of where is a comparison, such as x > 0"),
                test,
            )
        if len(test.ops) != 1:
            self.fail(translate("Formula", "one comparison per where (nest where for more)"), test)
        relation = _COMPARISONS.get(type(test.ops[0]))
        if relation is None:
            self.fail(
                translate("Formula", "compare with <, <=, > or >= (== and != are not supported)"),
                test,
            )
        lhs = self.build(test.left, depth + 1)
        rhs = self.build(test.comparators[0], depth + 1)
        condition = relation(lhs, rhs)
        if_true = self.build(node.args[1], depth)
        otherwise = self.build(node.args[2], depth)
        return sp.Piecewise((if_true, condition), (otherwise, True))

    # checks ------------------------------------------------------------------------------------
    def _check_value(self, value: sp.Expr, node: ast.expr) -> None:
        """Refuse undefined, complex or enormous constants where they appear."""
        if value.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
            self.fail(translate("Formula", "this part is undefined (a division by zero?)"), node)
        if value.is_Rational:
            p, q = value.as_numer_denom()
            if max(abs(int(p)).bit_length(), int(q).bit_length()) > MAX_BITS:
                self.fail(translate("Formula", "a number here is too large to work with"), node)
        elif value.is_number and value.is_extended_real is False:
            self.fail(translate("Formula", "this part is not a real number"), node)


def _known() -> str:
    return ", ".join(name for name in FUNCTIONS if name != "atan") + ", where"


def _syntax_error(error: SyntaxError, checked: CheckedText) -> ExpressionError:
    offset = (error.offset or 0) - 1
    source = checked.source
    if error.msg.startswith("invalid decimal literal"):
        message = translate("Formula", "a number cannot run into a name: write 2*x for a product")
        return ExpressionError(message, checked.column(offset))
    if offset < 0 or offset >= len(source.rstrip()):
        return ExpressionError(
            translate("Formula", "the formula stops too early: something is missing at the end")
        )
    if "forgot a comma" in error.msg:
        message = translate(
            "Formula", "two values with nothing between them: is an operator such as * missing?"
        )
        return ExpressionError(message, checked.column(offset))
    if error.msg.startswith("invalid syntax"):
        char = checked.typed[checked.column(offset) - 1]
        message = translate("Formula", "'{char}' is not expected here").format(char=char)
        return ExpressionError(message, checked.column(offset))
    message = translate("Formula", "Python cannot read this: {reason}")
    return ExpressionError(message.format(reason=error.msg), checked.column(offset))
