"""Translations of the UI: one Qt .ts file per area and language, compiled to .qm.

English source strings live in the code (self.tr("…") / QCoreApplication.translate("Ctx", "…")).
  python tools/i18n.py update AREA    run lupdate on villageadmin/ui/AREA (app: ui/*.py + ui/widgets)
  python tools/i18n.py todo AREA      print untranslated zh_CN sources as a JSON object to fill in
  python tools/i18n.py fill AREA F    fill zh_CN translations from JSON file F {"source": "译文"}
  python tools/i18n.py release        compile every .ts to .qm (the en file translates each text to itself)
  python tools/i18n.py check          exit 1 if any area has untranslated or missing strings
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "villageadmin" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def areas() -> list[str]:
    return ["app"] + sorted(p.name for p in UI.iterdir() if p.is_dir() and p.name not in ("widgets", "__pycache__"))


def sources(area: str) -> list[Path]:
    if area == "app":
        files = sorted(UI.glob("*.py")) + sorted((UI / "widgets").glob("*.py"))
    else:
        files = sorted((UI / area).rglob("*.py"))
    return [f for f in files if f.name != "__init__.py" or f.stat().st_size > 0]


def ts_path(area: str, lang: str) -> Path:
    return TS_DIR / f"{area}_{lang}.ts"


def update(area: str) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = ts_path(area, lang)
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", lang,
                        *map(str, sources(area)), "-ts", str(ts)], check=True, capture_output=True)
        if lang == "en":
            _fill_identity(ts)


def _fill_identity(ts: Path) -> None:
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        src = msg.findtext("source") or ""
        if tr is not None:
            if msg.get("numerus") == "yes":
                for nf in tr.findall("numerusform"):
                    nf.text = nf.text or src
            else:
                tr.text = src
            tr.attrib.pop("type", None)
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def untranslated(area: str, lang: str = "zh_CN") -> list[str]:
    ts = ts_path(area, lang)
    if not ts.exists():
        return ["<no .ts file>"]
    out = []
    for msg in ET.parse(ts).iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (
                (tr.text or "").strip() or tr.findall("numerusform")):
            out.append(msg.findtext("source") or "")
    return out


def fill(area: str, mapping_file: str) -> None:
    mapping = json.loads(Path(mapping_file).read_text("utf-8"))
    ts = ts_path(area, "zh_CN")
    tree = ET.parse(ts)
    n = 0
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if src in mapping and mapping[src] and tr is not None:
            if msg.get("numerus") == "yes":
                for nf in list(tr):
                    tr.remove(nf)
                ET.SubElement(tr, "numerusform").text = mapping[src]
                tr.text = None
            else:
                tr.text = mapping[src]
            tr.attrib.pop("type", None)
            n += 1
    _write(tree, ts)
    print(f"filled {n}; still untranslated: {len(untranslated(area))}")


def release(out_dir: Path | None = None) -> list[Path]:
    out = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = (out_dir or TS_DIR) / (ts.stem + ".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
        out.append(qm)
    return out


def missing_in_code(area: str) -> list[str]:
    """Sources the code has that the committed .ts lacks (lupdate into a temp file and compare)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        subprocess.run([_tool("lupdate"), "-locations", "none", *map(str, sources(area)), "-ts", str(fresh)],
                       check=True, capture_output=True)
        want = {(m.findtext("../name"), m.findtext("source")) for m in []}
        want = set()
        for ctx in ET.parse(fresh).iter("context"):
            for m in ctx.iter("message"):
                want.add((ctx.findtext("name"), m.findtext("source")))
    have = set()
    ts = ts_path(area, "zh_CN")
    if ts.exists():
        for ctx in ET.parse(ts).iter("context"):
            for m in ctx.iter("message"):
                have.add((ctx.findtext("name"), m.findtext("source")))
    return sorted(f"{c}: {s}" for c, s in want - have)


def check() -> int:
    bad = 0
    for area in areas():
        if not sources(area):
            continue
        for s in missing_in_code(area):
            print(f"{area}: not in .ts (run update): {s}")
            bad += 1
        for lang in LANGS:
            for s in untranslated(area, lang):
                print(f"{area} [{lang}]: untranslated: {s}")
                bad += 1
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, *rest = argv
    if cmd == "update":
        for a in rest or areas():
            update(a)
        return 0
    if cmd == "todo":
        print(json.dumps({s: "" for s in untranslated(rest[0])}, ensure_ascii=False, indent=1))
        return 0
    if cmd == "fill":
        fill(rest[0], rest[1])
        return 0
    if cmd == "release":
        release()
        return 0
    if cmd == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
