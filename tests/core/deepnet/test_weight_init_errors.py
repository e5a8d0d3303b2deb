"""The weight schemes' refusals, against their documented contract: ``check_sigma`` takes only a
finite number > 0 (so exactly 0 is refused), and an unknown scheme's message names it and lists
the six schemes the module docstring's ``torch.nn.init`` names give, in order."""

from __future__ import annotations

import pytest

from actviz.core.deepnet.weight_init import check_sigma, draw_weights, weight_std

KNOWN = "he_normal, he_uniform, xavier_normal, xavier_uniform, lecun_normal, normal"


@pytest.mark.parametrize("sigma", [0.0, 0, -0.0])
def test_a_zero_sigma_is_refused(sigma: float) -> None:
    with pytest.raises(ValueError, match=r"^sigma must be a finite number > 0"):
        check_sigma(sigma)
    with pytest.raises(ValueError, match=r"^sigma must be a finite number > 0"):
        weight_std("normal", 3, 3, sigma=sigma)


def test_the_smallest_positive_sigma_is_taken() -> None:
    assert check_sigma(5e-324) == 5e-324


def test_an_unknown_scheme_is_named_with_the_known_ones() -> None:
    expected = f"unknown weight initialisation 'kaiming'; known: {KNOWN}"
    with pytest.raises(ValueError) as caught:
        weight_std("kaiming", 4, 4)
    assert str(caught.value) == expected
    with pytest.raises(ValueError) as caught:
        draw_weights(None, "kaiming", 4, 4)  # type: ignore[arg-type]  # refused before drawing
    assert str(caught.value) == expected
