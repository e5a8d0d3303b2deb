"""Typed formulas turned into activations: the machinery behind :mod:`actviz.core.expression`.

The pipeline, one module a step:

``text``      checks the raw text (length, characters, brackets) and maps ``^`` to ``**``;
``tree``      walks Python's ``ast`` of the text against an allow list and builds sympy objects
              node by node (the text is never evaluated);
``functions`` the few sympy functions sympy lacks (sigmoid, softplus, relu);
``stable``    rewrites into numerically stable forms, differentiates, tidies within a budget;
``numeric``   compiles a sympy expression into a numpy evaluator (no code generation, no exec);
``switches``  finds the points where abs, max, min, sign, heaviside, where, 1/u or log u switch;
``printing``  renders expressions as readable rich text;
``build``     runs the symbolic steps on a worker thread with a deadline and assembles the result.

Only ``text`` and ``errors`` are free of sympy; the rest is imported when the first formula is
parsed, so ``import actviz.core`` stays fast.
"""
