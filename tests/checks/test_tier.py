import pytest

from govcheck.checks.tier import TierParams, evaluate
from govcheck.model import NotEvaluated, Passed, Violation

from .conftest import make_ctx

CITY_COUNTY = {"by": "admin_level", "values": {"市本级": 80, "旗县市区": 60}}


@pytest.mark.parametrize("level,amount,in_band", [
    ("市本级", 80, True), ("市本级", 79.99, False), ("旗县市区", 60, True), ("旗县市区", 59.99, False),
])
def test_at_or_above_is_inclusive(level, amount, in_band):
    p = TierParams(amount="total_investment", at_or_above=CITY_COUNTY, requires=["feasibility_study_report"])
    out = evaluate(p, make_ctx({"admin_level": level, "total_investment": amount}))
    assert isinstance(out[0], Violation) is in_band


@pytest.mark.parametrize("amount,in_band", [(79.99, True), (80, False)])
def test_below_is_exclusive(amount, in_band):
    p = TierParams(amount="total_investment", below=CITY_COUNTY, requires=["implementation_plan"])
    out = evaluate(p, make_ctx({"admin_level": "市本级", "total_investment": amount}))
    assert isinstance(out[0], Violation) is in_band


def test_violation_carries_amount_and_threshold():
    p = TierParams(amount="total_investment", at_or_above=CITY_COUNTY, requires=["feasibility_study_report"])
    (v,) = evaluate(p, make_ctx({"admin_level": "旗县市区", "total_investment": 70}))
    assert v.message_vars["amount"] == "70" and v.message_vars["threshold"] == "60"
    assert v.material == "feasibility_study_report"


def test_unknown_level_is_not_evaluated_naming_the_fact():
    p = TierParams(amount="total_investment", at_or_above=CITY_COUNTY, requires=["feasibility_study_report"])
    (v,) = evaluate(p, make_ctx({"total_investment": 70}))
    assert isinstance(v, NotEvaluated) and v.facts == ["admin_level"]


def test_band_condition_with_expected_fact():
    band = {"all": [{"fact": "total_investment", "le": {"fact": "original_project_investment", "times": 0.15}},
                    {"fact": "total_investment", "le": 80}]}
    p = TierParams(band=band, expect={"fact": "project_type", "in_band": "运维服务类", "out_of_band": "建设类"})
    assert isinstance(evaluate(p, make_ctx({"total_investment": 75, "original_project_investment": 500,
                                             "project_type": "运维服务类"}))[0], Passed)
    (v,) = evaluate(p, make_ctx({"total_investment": 75, "original_project_investment": 500,
                                  "project_type": "建设类"}))
    assert isinstance(v, Violation) and v.message_vars["expected"] == "运维服务类"
    # 15.01% is outside the band: then it must be 建设类
    assert isinstance(evaluate(p, make_ctx({"total_investment": 75.05, "original_project_investment": 500,
                                             "project_type": "建设类"}))[0], Passed)


def test_params_need_one_band():
    with pytest.raises(ValueError):
        TierParams(amount="total_investment", requires=["x"])
    with pytest.raises(ValueError):
        TierParams(amount="total_investment", at_or_above=1, below=2, requires=["x"])


@pytest.mark.parametrize("amount,in_band", [(100, True), (80, True), (59.99, False), (30, False)])
def test_unknown_level_is_decided_when_every_threshold_agrees(amount, in_band):
    # above both the 市本级 (80) and the 旗县市区 (60) threshold, or below both: the level does
    # not matter; between them (70, test above) it does
    p = TierParams(amount="total_investment", at_or_above=CITY_COUNTY, requires=["feasibility_study_report"])
    (v,) = evaluate(p, make_ctx({"total_investment": amount}))
    assert isinstance(v, Violation) is in_band
    assert not isinstance(v, NotEvaluated)
    if in_band:
        assert v.message_vars["threshold"] == "60/80"
