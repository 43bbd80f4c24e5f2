from govcheck.checks.absent import AbsentParams, evaluate
from govcheck.model import NotEvaluated, Passed, Violation

from .conftest import doc, make_ctx

P = AbsentParams(documents=["contract"], phrases=["垫资"], unless=["不得垫资"])


def test_a_forbidden_phrase_is_a_finding_with_its_place():
    (v,) = evaluate(P, make_ctx(docs=[doc("contract", "第一条 总则", "乙方垫 资完成建设，验收后付款")]))
    assert isinstance(v, Violation)
    assert v.message_vars["phrase"] == "垫资" and v.location.where == "段落2"
    assert v.location.where.words("en") == "paragraph 2"


def test_the_measures_own_prohibition_quoted_is_not_a_hit():
    assert isinstance(evaluate(P, make_ctx(docs=[doc("contract", "本项目不得垫资。")]))[0], Passed)


def test_absent_everywhere_passes():
    assert isinstance(evaluate(P, make_ctx(docs=[doc("contract", "按进度付款")]))[0], Passed)


def test_no_document_or_no_text_is_not_evaluated():
    assert isinstance(evaluate(P, make_ctx())[0], NotEvaluated)
    assert isinstance(evaluate(P, make_ctx(docs=[doc("contract", has_text=False)]))[0], NotEvaluated)
