"""Certification route cards, label check and halal route (issue 16) — facts from
shared/domain/pengelolaan-sentra.md §4–5 (PP 69/1999 label items, Kepkaban BPJPH 146/2025
self-declare criteria, PP 42/2024 deadline, Permenaker 5/2018 control order)."""
from __future__ import annotations

import datetime as dt

import pytest

from ikm_kit.errors import InputError
from ikm_kit.exercises import evaluate
from ikm_kit.i18n import language
from ikm_kit.quality.certification import (
    HALAL_DEADLINE_UMK, LABEL_REQUIRED, check_label, example_label, halal_route, label_problems_text, route_card,
    route_cards, write_route_cards,
)


def test_route_cards_have_steps_time_cost_source_and_checklist():
    cards = route_cards()
    assert set(cards) == {"pangan", "mebel"}
    for card in cards.values():
        assert len(card.steps) >= 6 and len(card.checklist) == 5
        for s in card.steps:
            assert s.title and s.what and s.time and s.cost and s.source and s.mark in {"V", "P", "U"}
    food = " ".join(s.what + s.title for s in cards["pangan"].steps)
    assert "OSS" in food and "PKP" in food and "self-declare" in food and "17 Oktober 2026" in food
    wood = " ".join(s.what + s.title for s in cards["mebel"].steps)
    assert "DKP" in wood and "debu" in wood and "thinner" in wood and "kiln" in wood.lower()
    assert HALAL_DEADLINE_UMK == dt.date(2026, 10, 17)
    with language("en"):
        assert route_card("mebel").title.startswith("Route card")
    with pytest.raises(InputError):
        route_card("logam")


def test_route_cards_print_to_standalone_html(tmp_path):
    paths = write_route_cards(tmp_path)
    assert [p.name for p in paths] == ["kartu_rute_pangan.html", "kartu_rute_mebel.html"]
    text = paths[0].read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "size:A4" in text and "☐" in text
    assert "<script" not in text


def test_label_check():
    assert len(LABEL_REQUIRED) == 7
    assert check_label(example_label()) == ["expiry_date", "pirt_number", "halal_logo_without_certificate",
                                            "cure_claim"]
    good = dict(example_label(), expiry_date="12/2024", pirt_number="2017471010023-28", halal_logo=False,
                claims=["tanpa pengawet"])
    assert check_label(good) == []
    assert "tidak ada: tanggal kedaluwarsa" in label_problems_text(check_label(example_label()))
    with pytest.raises(InputError):
        check_label("label")


def test_halal_route_criteria():
    assert halal_route(300_000_000).route == "self_declare"
    assert halal_route(15_000_000_001).reasons == ("sales",)
    r = halal_route(300_000_000, production_sites=2, halal_certain_ingredients=False)
    assert r.route == "reguler" and r.reasons == ("production_sites", "ingredients")


def test_day3_certification_exercises_use_the_module(monkeypatch, tmp_path):
    from ikm_kit.exercises import ProgressStore

    monkeypatch.delenv("IKM_CEK_STRICT", raising=False)     # wrong answers are part of this test
    store = ProgressStore(tmp_path / "p.json")
    assert evaluate("03.label_cek", set(check_label(example_label())), store).correct
    assert not evaluate("03.label_cek", {"expiry_date", "pirt_number"}, store).correct
    assert evaluate("03.rute_halal", "self_declare", store).correct
    assert evaluate("03.k3_debu", "sumber", store).correct
    assert "lapis terakhir" in evaluate("03.k3_debu", "apd", store)._repr_html_()
