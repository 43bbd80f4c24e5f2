"""`rules compare` reads the key numbers from the packs themselves."""

from govcheck.packs.load import pack_ids
from govcheck.commands.compare import compare_table


def _row(rows, topic):
    return next(cells for name, cells in rows if name == topic)


def test_key_numbers_side_by_side():
    ids, rows = compare_table("zh")
    assert ids == pack_ids()  # every pack found in rules/, none listed in code
    col = dict(zip(ids, _row(rows, "调整限额")))
    assert "≤ 15%" in col["hunan"] and "≤ 15%" in col["tongliao"] and "≤ 10%" in col["wushan"]
    assert "≤ 5%" in col["tongliao"] and "200万元" in col["tongliao"]
    tiers = dict(zip(ids, _row(rows, "金额分档")))
    assert "500万元" in tiers["hunan"] and "3000万元" in tiers["wushan"] and "50万元" in tiers["wujin"]
    assert "市本级 80万元" in tiers["tongliao"] and "旗县市区 60万元" in tiers["tongliao"]
    deadlines = dict(zip(ids, _row(rows, "申报截止")))
    assert "-07-31" in deadlines["tongliao"] and "-09-30" in deadlines["wushan"] and "-12-31" in deadlines["hunan"]
    acceptance = dict(zip(ids, _row(rows, "验收时限")))
    assert all("6个月" in acceptance[j] for j in ("hunan", "wushan", "wujin", "tongliao"))
    assert "30个工作日" in acceptance["gaoping"]
    selfeval = dict(zip(ids, _row(rows, "自评价时限")))
    assert "12个月" in selfeval["hunan"] and "24个月" in selfeval["wushan"] and "24个月" in selfeval["tongliao"]
    materials = dict(zip(ids, _row(rows, "验收材料")))
    assert "数据字典" in materials["wushan"] and "数据共享情况确认书" in materials["tongliao"]


def test_english_labels():
    _, rows = compare_table("en")
    assert [name for name, _ in rows][0] == "adjustment limit"


def test_packs_are_joined_on_parameter_names():
    from govcheck.packs.load import load_pack
    from govcheck.packs.parameters import shown

    ids, rows = compare_table("zh")
    by_topic = dict(rows)
    for pid in ids:
        for name, param in load_pack(pid).parameters.items():
            cell = by_topic[name][ids.index(pid)]
            assert cell.startswith(shown(param, param.dated()[0].value)), (name, pid, cell)
            assert cell.endswith(f"[第{param.citation.article}条]")
    lcgxq = ids.index("lcgxq")
    assert by_topic["acceptance_months"][lcgxq] == "3个月 [第2条]"
