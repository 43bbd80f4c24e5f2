import pytest

from govcheck.numerals import chinese_number, parse_cn_int


@pytest.mark.parametrize("n,text", [(1, "一"), (10, "十"), (14, "十四"), (20, "二十"), (38, "三十八"),
                                    (100, "一百"), (105, "一百零五"), (110, "一百一十"), (159, "一百五十九")])
def test_article_numbers_both_ways(n, text):
    assert chinese_number(n) == text and parse_cn_int(text) == n


def test_round_trip_every_article_number():
    assert all(parse_cn_int(chinese_number(n)) == n for n in range(1, 200))


@pytest.mark.parametrize("text,n", [("二〇二五", 2025), ("廿三", 23), ("三十一", 31), ("两", 2), ("abc", None)])
def test_dates_numerals(text, n):
    assert parse_cn_int(text) == n
