"""The register's files: OCDS 1.1 release package validated offline, xlsx, and the printed PDFs."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from villageadmin.core import bidding, bidding_export
from villageadmin.core.bidding import (AcceptanceInput, ApprovalInput, AuditInput, Bid, ConstructionInput, FundsInput,
                                       PaymentInput, ProjectInput, TenderInput)
from villageadmin.core.errors import RuleViolation

D = dt.date
REPO = Path(__file__).resolve().parents[2]


def ocds_dir() -> Path:
    """The official schemas: the copy kept in the repo (tests/data), else the shared data folder beside the clone."""
    for d in (REPO / "tests" / "data" / "ocds-1.1.5", REPO.parent / "shared" / "data" / "ocds-1.1.5"):
        if (d / "release-package-schema.json").exists():
            return d
    pytest.fail("OCDS 1.1.5 schemas not found")


def validator():  # noqa: ANN201
    from jsonschema import Draft4Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    d = ocds_dir()
    package = json.loads((d / "release-package-schema.json").read_text("utf-8"))
    release = json.loads((d / "release-schema.json").read_text("utf-8"))
    # The package schema's $ref points at the web; resolve it to the local release schema.
    registry = Registry().with_resources([(release["id"], Resource(release, DRAFT4)),
                                          (package["id"], Resource(package, DRAFT4))])
    return Draft4Validator(package, registry=registry)


@pytest.fixture
def full_project(store, village1):  # noqa: ANN001
    """A project walked through every stage, with cents in its amounts."""
    pid = bidding.save_project(store, village1, ProjectInput(1, "村东道路硬化", "road", D(2026, 1, 10), place="村东",
                                                             township_fen=3_000_000, village_fen=1_234_567,
                                                             grant_fen=5_000_000))
    bidding.record_stage(store, village1, pid, ApprovalInput(D(2026, 1, 15), "白鹿村发〔2026〕1号"))
    bidding.record_stage(store, village1, pid, TenderInput("public", D(2026, 2, 20), D(2026, 1, 20), [
        Bid("甲建筑公司", 8_500_050, True), Bid("乙建设公司", 8_800_000), Bid("丙工程队", 9_000_000)]))
    bidding.record_stage(store, village1, pid, ConstructionInput(D(2026, 2, 25), 8_500_050, D(2026, 3, 1),
                                                                 D(2026, 6, 30), "HT-2026-01"))
    bidding.add_payment(store, village1, pid, PaymentInput(D(2026, 4, 1), 2_550_015))
    bidding.record_stage(store, village1, pid, AcceptanceInput(D(2026, 7, 5), True, "乡招标办"))
    bidding.record_stage(store, village1, pid, AuditInput(D(2026, 8, 1), 8_400_000, "乡审计站", "审〔2026〕5号"))
    bidding.record_stage(store, village1, pid, FundsInput(D(2026, 8, 10), 252_000, D(2027, 7, 5)))
    bidding.add_payment(store, village1, pid, PaymentInput(D(2026, 8, 12), 5_597_985))
    # and a second project that only reached approval
    other = bidding.save_project(store, village1, ProjectInput(1, "三组水渠", "water", D(2026, 5, 1), village_fen=80_000))
    bidding.record_stage(store, village1, other, ApprovalInput(D(2026, 5, 2), "2号"))
    return pid, other


def test_ocds_package_validates_against_the_official_schema(store, admin, full_project, tmp_path):
    out = bidding_export.write_ocds(store, admin, tmp_path / "r.json", year=2026)
    data = json.loads(out.read_text("utf-8"))
    errors = sorted(validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    assert [f"{list(e.absolute_path)}: {e.message}" for e in errors] == []
    assert data["version"] == "1.1"
    pid, other = full_project
    tags = {(r["ocid"], r["tag"][0]) for r in data["releases"]}
    assert tags == {(f"ocds-t01-001-{pid:06d}", t) for t in ("planning", "tender", "award", "contract",
                                                               "implementation")} | {
        (f"ocds-t01-001-{other:06d}", "planning")}
    # dates are RFC 3339 (the schema's format is not checked by the validator without extra packages)
    for r in data["releases"]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00\+08:00", r["date"])


def test_ocds_amounts_parties_and_methods(store, admin, full_project, tmp_path):
    pid, _ = full_project
    out = bidding_export.write_ocds(store, admin, tmp_path / "r.json", year=2026, village_ids=[1])
    text = out.read_text("utf-8")
    data = json.loads(text)
    by_tag = {r["tag"][0]: r for r in data["releases"] if r["ocid"].endswith(f"{pid:06d}")}
    assert by_tag["planning"]["planning"]["budget"]["amount"] == {"amount": 92345.67, "currency": "CNY"}
    assert '"amount": 92345.67' in text and '"amount": 85000.5' in text  # exact yuan from integer fen
    tender = by_tag["tender"]["tender"]
    assert tender["procurementMethod"] == "open" and tender["numberOfTenderers"] == 3
    assert tender["tenderPeriod"] == {"startDate": "2026-01-20T00:00:00+08:00", "endDate": "2026-02-20T00:00:00+08:00"}
    assert by_tag["award"]["awards"][0]["suppliers"][0]["name"] == "甲建筑公司"
    impl = by_tag["implementation"]["contracts"][0]
    assert [t["value"]["amount"] for t in impl["implementation"]["transactions"]] == [25500.15, 55979.85]
    assert impl["status"] == "active"  # retention still held
    roles = {p["name"]: sorted(p["roles"]) for p in by_tag["implementation"]["parties"]}
    assert roles["白鹿村村民委员会"] == ["buyer", "payer"]
    assert roles["测试乡招标办公室"] == ["procuringEntity"]
    assert roles["测试乡"] == ["funder"]
    assert roles["甲建筑公司"] == ["payee", "supplier", "tenderer"]
    assert roles["乙建设公司"] == ["tenderer"]


def test_ocid_prefix_is_per_township_and_settable(store, admin, village1):
    assert bidding_export.ocid_prefix(store) == "ocds-t01"
    bidding_export.set_ocid_prefix(store, admin, "ocds-a1b2c3")
    assert bidding_export.ocid_prefix(store) == "ocds-a1b2c3"
    with pytest.raises(Exception):
        bidding_export.set_ocid_prefix(store, village1, "ocds-zzzzzz")


def test_empty_year_is_refused(store, admin):
    with pytest.raises(RuleViolation):
        bidding_export.ocds_package(store, admin, year=2020)


def test_demo_register_validates(demo_dir, tmp_path):
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import open_store

    store = open_store(demo_dir, read_only=True)
    try:
        data = bidding_export.ocds_package(store, Actor(None, "t", "t", "viewer"), year=2026)
    finally:
        store.close()
    assert len({r["ocid"] for r in data["releases"]}) > 10
    errors = list(validator().iter_errors(data))
    assert [e.message for e in errors[:5]] == []


def test_xlsx_register(store, admin, full_project, tmp_path):
    from openpyxl import load_workbook

    out = bidding_export.write_xlsx(store, admin, tmp_path / "r.xlsx", year=2026)
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == tuple(bidding_export.REGISTER_HEAD)
    first = dict(zip(rows[0], rows[1]))
    assert first["项目名称"] == "村东道路硬化"
    assert first["村级投资"] == pytest.approx(12345.67)
    assert first["是否须公开招标"] == "是"
    assert "乡镇一次性投资 ¥30,000.00" in first["招标依据"]
    assert first["当前阶段"] == "资金管理"
    assert first["未退质保金"] == pytest.approx(2520)
    assert len(rows) == 3


def test_register_and_file_sheet_pdfs(store, admin, full_project, tmp_path):
    import pdfplumber

    from villageadmin.core.reports import bidding as report

    pid, _ = full_project
    reg = report.render_register(store, admin, tmp_path / "reg.pdf", year=2026, village_ids=[1])
    with pdfplumber.open(reg) as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages)
    assert "白鹿村2026年村级工程项目招投标登记簿" in text
    assert "村东道路硬化" in text and "三组水渠" in text and "资金管理" in text and "已公开招标" in text
    sheet = report.render_project(store, admin, pid, tmp_path / "p.pdf")
    with pdfplumber.open(sheet) as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages)
    assert "村级工程项目档案表" in text and "必须公开招标" in text and "甲建筑公司" in text
    assert "未退 2,520.00 元" in text
