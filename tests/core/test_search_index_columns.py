"""The search index's columns: ``search.index_columns`` (each run's part worked out once and remembered)
gives exactly what the plain run-by-run tokenizer gives, for any text, the first time and from memory."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from villageadmin.core import search

_SEGMENT = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([0-9A-Za-z]+)")


def plain_index_columns(text: str) -> tuple[str, str]:
    """The tokenizer as first written: run by run, nothing remembered."""
    bi: list[str] = []
    uni: list[str] = []
    for cjk, word in _SEGMENT.findall(text):
        if cjk:
            bi.append(" ".join(map(str.__add__, cjk, cjk[1:])) if len(cjk) > 1 else cjk)
            bi.append("brk")
            uni.append(" ".join(cjk))
        else:
            word = word.lower()
            bi.append(word)
            uni.append(word)
    return " ".join(bi), " ".join(uni)


# Chinese at the edges of the ranges indexed and just outside them, Latin letters (with case), digits,
# punctuation, other letters and line breaks.
_CHARS = "会议村道路硬化\u3400\u4dbf\u4e00\u9fff\uf900\ufaff\u33ff\u4dc0\ufb00abcXYZ09 ，。、\n\t-_éÅẞİK①"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=60))
def test_same_columns_as_the_plain_tokenizer(text: str) -> None:
    assert search.index_columns(text) == plain_index_columns(text)
    assert search.index_columns(text) == plain_index_columns(text)  # again, from memory


def test_examples() -> None:
    assert search.index_columns("") == ("", "")
    assert search.index_columns("村") == ("村 brk", "村")
    assert search.index_columns("修水渠 ABC2026年") == ("修水 水渠 brk abc2026 年 brk", "修 水 渠 abc2026 年")


def test_memory_is_bounded() -> None:
    for i in range(100_050):
        search.index_columns(f"w{i}")
    assert len(search._BI) <= 100_000 and len(search._UNI) <= 100_000
    assert search.index_columns("道路硬化 abc") == plain_index_columns("道路硬化 abc")
