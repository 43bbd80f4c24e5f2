from datetime import date
from decimal import Decimal

import pytest

from govcheck.packs.expressions import Unknown, check_condition_shape, evaluate, holds

from ..checks.conftest import make_ctx


def test_three_valued_logic():
    ctx = make_ctx({"project_type": "建设类"})
    assert holds({"all": [{"fact": "project_type", "eq": "建设类"}, {"fact": "admin_level", "eq": "市本级"}]}, ctx) == Unknown(frozenset({"admin_level"}))
    assert holds({"all": [{"fact": "project_type", "eq": "运维服务类"}, {"fact": "admin_level", "eq": "市本级"}]}, ctx) is False
    assert holds({"any": [{"fact": "project_type", "in": ["建设类"]}, {"fact": "admin_level", "eq": "x"}]}, ctx) is True
    assert holds({"not": {"fact": "project_type", "eq": "建设类"}}, ctx) is False
    assert holds({"fact": "admin_level", "known": False}, ctx) is True


def test_material_condition():
    ctx = make_ctx(kinds=["adjustment_filing"])
    assert holds({"material": "adjustment_filing"}, ctx) is True
    assert holds({"material": ["contract", "audit_report"]}, ctx) is False


def test_expressions_are_exact_decimals():
    ctx = make_ctx({"original_project_investment": 500, "admin_level": "旗县市区"})
    assert evaluate({"fact": "original_project_investment", "times": 0.15}, ctx) == Decimal("75.00")
    assert evaluate({"by": "admin_level", "values": {"市本级": 80, "旗县市区": 60}}, ctx) == Decimal(60)
    assert evaluate({"sub": [{"fact": "x_missing", "default": 0}, 1]}, ctx) == Decimal(-1)
    assert evaluate({"year_date": {"year": 2025, "month": 9, "day": 30}}, ctx) == date(2025, 9, 30)


@pytest.mark.parametrize("bad", [
    {"fact": "x"}, {"fact": "x", "eq": 1, "ne": 2}, {"all": {}}, {"bogus": 1}, {"not": {"fact": "x", "eqq": 1}},
])
def test_malformed_conditions_are_rejected(bad):
    with pytest.raises(ValueError):
        check_condition_shape(bad)


def test_first_known_value():
    expr = {"first": [{"fact": "adjustment_amount"},
                      {"max": [{"fact": "adjustment_increase"}, {"fact": "adjustment_decrease"}]}]}
    assert evaluate(expr, make_ctx({"adjustment_amount": 12, "adjustment_increase": 50})) == Decimal(12)
    assert evaluate(expr, make_ctx({"adjustment_increase": 50, "adjustment_decrease": 20})) == Decimal(50)
    assert evaluate(expr, make_ctx({"adjustment_increase": 50})) == Unknown(
        frozenset({"adjustment_amount", "adjustment_decrease"}))


def test_list_valued_fact_matches_any_element():
    ctx = make_ctx({"funding_source": ["国家全额投资", "省财政"]})
    assert holds({"fact": "funding_source", "in": ["国家全额投资"]}, ctx) is True
    assert holds({"fact": "funding_source", "eq": "省财政"}, ctx) is True
    assert holds({"fact": "funding_source", "not_in": ["社会资本"]}, ctx) is True
    assert holds({"fact": "funding_source", "ne": "省财政"}, ctx) is False


def test_as_of_and_date_add_in_conditions():
    ctx = make_ctx({"completion_date": date(2025, 8, 31)}, as_of=date(2026, 3, 1))
    late = {"value": {"as_of": True}, "gt": {"date_add": {"from": {"fact": "completion_date"}, "months": 6}}}
    assert holds(late, ctx) is True
    assert holds(late, make_ctx({"completion_date": date(2025, 9, 1)}, as_of=date(2026, 3, 1))) is False
    assert holds(late, make_ctx({}, as_of=date(2026, 3, 1))) == Unknown(frozenset({"completion_date"}))


def test_only_in_needs_every_element():
    assert holds({"fact": "funding_source", "only_in": ["国家全额投资"]}, make_ctx({"funding_source": ["国家全额投资"]})) is True
    assert holds({"fact": "funding_source", "only_in": ["国家全额投资"]}, make_ctx({"funding_source": "国家全额投资"})) is True
    assert holds({"fact": "funding_source", "only_in": ["国家全额投资"]},
                 make_ctx({"funding_source": ["国家全额投资", "省财政"]})) is False
