from govcheck.checks.content import ContentParams, evaluate
from govcheck.model import NotEvaluated, Passed, Violation

from .conftest import doc, make_ctx, words

P = dict(documents=["feasibility_study_report", "implementation_plan"], phrases=["数据资源共享分析"])


def test_phrase_found_ignoring_line_breaks_and_spaces():
    d = doc("feasibility_study_report", headings=("第六章 数据资源 共享\n分析篇",))
    assert isinstance(evaluate(ContentParams(**P), make_ctx(docs=[d]))[0], Passed)


def test_each_document_must_contain_it():
    a = doc("feasibility_study_report", headings=("数据资源共享分析",))
    b = doc("implementation_plan", "本方案概述……")
    (v,) = evaluate(ContentParams(**P), make_ctx(docs=[a, b]))
    assert isinstance(v, Violation) and v.location.file == "implementation_plan.docx"
    assert isinstance(evaluate(ContentParams(**P, each=False), make_ctx(docs=[a, b]))[0], Passed)


def test_headings_only_ignores_body_mentions():
    d = doc("feasibility_study_report", "正文中提到数据资源共享分析。")
    assert isinstance(evaluate(ContentParams(**P, headings_only=True), make_ctx(docs=[d]))[0], Violation)


def test_no_document_or_no_text_is_not_evaluated():
    (v,) = evaluate(ContentParams(**P), make_ctx())
    assert isinstance(v, NotEvaluated) and "feasibility_study_report" in words(v.reason)
    scan = doc("feasibility_study_report", has_text=False)
    (v,) = evaluate(ContentParams(**P), make_ctx(docs=[scan]))
    assert isinstance(v, NotEvaluated) and "没有可读文字" in words(v.reason) and scan.path in words(v.reason)


def test_match_all_needs_every_phrase():
    p = ContentParams(documents=["integration_master_plan"], phrases=["数据规划", "数据治理"], match="all")
    both = doc("integration_master_plan", headings=("数据规划", "数据治理"))
    one = doc("integration_master_plan", headings=("数据规划",))
    assert isinstance(evaluate(p, make_ctx(docs=[both]))[0], Passed)
    assert isinstance(evaluate(p, make_ctx(docs=[one]))[0], Violation)
