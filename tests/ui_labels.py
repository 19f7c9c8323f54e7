"""The words the Chinese UI shows (every zh_CN translation), for tests of printed and written help."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def zh_labels() -> set[str]:
    """Every zh_CN translation, also without its keyboard accelerator and trailing colon."""
    out: set[str] = set()
    for ts in (ROOT / "resources" / "translations").glob("*_zh_CN.ts"):
        for tr in ET.parse(ts).iter("translation"):
            for text in [tr.text or ""] + [nf.text or "" for nf in tr.findall("numerusform")]:
                t = re.sub(r"\(&.\)|&", "", text).strip()
                out.add(t)
                out.add(t.rstrip("：:"))
    return out


def quoted(text: str) -> list[str]:
    """The 「labels」 a text quotes (empty brackets are an example of the notation, not a label)."""
    return [q for q in re.findall(r"「([^」]*)」", text) if q]
