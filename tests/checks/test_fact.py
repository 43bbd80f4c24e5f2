from govcheck.checks.fact import FactParams, evaluate as fact
from govcheck.model import NotEvaluated, Passed, Violation

from .conftest import make_ctx, words


def test_expect_condition():
    p = FactParams(expect={"fact": "in_project_library", "is": True})
    assert isinstance(fact(p, make_ctx({"in_project_library": True}))[0], Passed)
    (v,) = fact(p, make_ctx({"in_project_library": False}))
    assert isinstance(v, Violation) and v.fact == "in_project_library"
    assert isinstance(fact(p, make_ctx())[0], NotEvaluated)


def test_stated_fact_absence_is_the_violation():
    p = FactParams(stated="project_code")
    assert isinstance(fact(p, make_ctx())[0], Violation)
    assert isinstance(fact(p, make_ctx({"project_code": "2025-150502-65-01-000123"}))[0], Passed)


def test_message_values_follow_the_language():
    p = FactParams(expect={"fact": "is_isolated_network", "is": False})
    (v,) = fact(p, make_ctx({"is_isolated_network": True}))
    assert v.message_vars["is_isolated_network"] is True  # data; words in the report's language
    assert words(v.message_vars["is_isolated_network"], "en") == "yes"
    assert words(v.message_vars["is_isolated_network"]) == "是"
