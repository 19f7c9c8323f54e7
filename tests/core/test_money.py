from __future__ import annotations

import pytest

from villageadmin.core.errors import ValidationError
from villageadmin.core.money import CEILING_FEN, fmt_yuan, parse_yuan


@pytest.mark.parametrize("text, fen", [
    ("1,234.5", 123450), ("1234.50", 123450), ("￥1234.5", 123450), ("¥ 0.01", 1), ("5000", 500000),
    ("19999.99", 1999999), ("20,000.00", 2000000), ("1 234.5元", 123450), ("0.1", 10), ("3.", 300),
])
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text, code", [
    ("1.234", "too_many_decimals"), ("-5", "negative"), ("", "required"), ("abc", "bad_money"),
    ("1e5", "bad_money"), ("0", "zero"), ("100000000.01", "too_large"), ("1.2.3", "bad_money"),
])
def test_parse_yuan_refuses(text, code):
    with pytest.raises(ValidationError) as e:
        parse_yuan(text)
    assert e.value.code == code


def test_ceiling_is_inclusive():
    assert parse_yuan("100000000.00") == CEILING_FEN


@pytest.mark.parametrize("fen, text", [(0, "0.00"), (1, "0.01"), (123456789, "1,234,567.89"), (-250, "-2.50")])
def test_fmt_yuan(fen, text):
    assert fmt_yuan(fen) == text
