"""Kappa and alpha against textbook examples worked by hand, and against the krippendorff package."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from annotator.evaluation import cohen_kappa, fleiss_kappa, krippendorff_alpha

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the 4 coders x 12 units
# example with missing values; the paper gives alpha = 0.743 (nominal) and 0.849 (interval).
_ = None
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]


def test_alpha_nominal_matches_krippendorffs_worked_example():
    assert krippendorff_alpha(KRIPPENDORFF_2011, "nominal") == pytest.approx(0.743, abs=5e-4)


def test_alpha_interval_matches_krippendorffs_worked_example():
    assert krippendorff_alpha(KRIPPENDORFF_2011, "interval") == pytest.approx(0.849, abs=5e-4)


def test_alpha_of_two_coders_by_hand():
    # Units (a,a) (a,b) (b,b): coincidences o_aa=2, o_ab=o_ba=1, o_bb=2; n_a=n_b=3, n=6.
    # alpha = 1 - (n-1) * (o_ab+o_ba) / (n_a*n_b + n_b*n_a) = 1 - 5*2/18 = 4/9.
    assert krippendorff_alpha([["a", "a", "b"], ["a", "b", "b"]]) == pytest.approx(4 / 9)


def test_alpha_is_undefined_without_variation_or_pairable_units():
    assert krippendorff_alpha([["a", "a"], ["a", "a"]]) is None
    assert krippendorff_alpha([["a", None], [None, "b"]]) is None
    assert krippendorff_alpha([]) is None


def test_cohen_kappa_of_the_standard_2x2_example():
    # 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15.
    # p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.2/0.5 = 0.4.
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_cohen_kappa_limits():
    assert cohen_kappa(list("abcab"), list("abcab")) == pytest.approx(1.0)
    assert cohen_kappa([], []) is None
    assert cohen_kappa(list("aaa"), list("aaa")) is None  # chance agreement is already total
    with pytest.raises(ValueError):
        cohen_kappa(["a"], ["a", "b"])


# Fleiss (1971) as worked in most textbooks: 10 subjects, 14 raters, 5 categories;
# P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210.
FLEISS_TABLE = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_of_the_textbook_table():
    items = [[category for category, n in enumerate(row) for _ in range(n)] for row in FLEISS_TABLE]
    assert fleiss_kappa(items) == pytest.approx(0.210, abs=5e-4)


def test_fleiss_kappa_of_two_raters_is_scotts_pi():
    # Scott's pi for (a,a) (a,b) (b,b): p_o = 2/3, pooled p_a = p_b = 1/2, pi = (2/3 - 1/2) / (1/2) = 1/3.
    assert fleiss_kappa([["a", "a"], ["a", "b"], ["b", "b"]]) == pytest.approx(1 / 3)


def test_fleiss_kappa_needs_equal_raters():
    with pytest.raises(ValueError):
        fleiss_kappa([["a", "b"], ["a"]])


values = st.one_of(st.none(), st.integers(min_value=1, max_value=4))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=5).flatmap(
    lambda coders: st.lists(st.lists(values, min_size=coders, max_size=coders), min_size=2, max_size=25)))
def test_alpha_agrees_with_the_krippendorff_package(units):
    krippendorff = pytest.importorskip("krippendorff", reason="the test extra installs krippendorff")
    np = pytest.importorskip("numpy")
    data = [list(column) for column in zip(*units)]  # coders x units
    ours = krippendorff_alpha(data, "nominal")
    matrix = np.array([[np.nan if v is None else v for v in row] for row in data], dtype=float)
    try:
        with np.errstate(invalid="ignore", divide="ignore"):
            theirs = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))
    except ValueError:  # the package refuses data with one value only
        theirs = float("nan")
    if ours is None or np.isnan(theirs):  # undefined for both, or for neither
        assert ours is None and np.isnan(theirs), (ours, theirs)
        return
    assert ours == pytest.approx(theirs, abs=1e-9)
    interval = krippendorff.alpha(reliability_data=matrix, level_of_measurement="interval")
    assert krippendorff_alpha(data, "interval") == pytest.approx(float(interval), abs=1e-9)
