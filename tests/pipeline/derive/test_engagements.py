"""Engagements: official + organisation in one sentence or one event paragraph, with event type."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.derive.engagements import event_type, find_engagements
from pipeline.derive.lexicon_events import OTHER
from pipeline.store import TableStore
from pipeline.store.synthetic import WIB, example_world, write_world

PUBLISHED = datetime(2024, 6, 10, 9, tzinfo=WIB)


def build(body: str, specs: list[tuple[str, str, dict]], title: str = "Judul") -> tuple[dict, list[dict]]:
    """An article and mentions located in its body (sentence = the text up to the next period)."""
    article = {"article_id": "a1", "body": body, "title": title, "published_at": PUBLISHED,
               "url": "https://example.go.id/a1", "portal": "sukamajukab", "province": "Jawa Barat",
               "month": "2024-06"}
    mentions = []
    for type_, text, extra in specs:
        start = body.index(text)
        begin = max(body.rfind(". ", 0, start) + 2 if ". " in body[:start] else 0,
                    body.rfind("\n", 0, start) + 1)
        stops = [i for i in (body.find(".", start + len(text)), body.find("\n", start)) if i >= 0]
        sentence = body[begin : min(stops) + 1 if stops else len(body)]
        mentions.append({"article_id": "a1", "type": type_, "text": text, "start": start,
                         "sentence": sentence, "normalized": text, "entity_id": f"id:{text}", **extra})
    return article, mentions


OFFICIAL = ("OFFICIAL", "Bupati Rahmat", {})
FORUM = ("ORG", "Forum Warga", {"kind": "ormas_cso"})


def test_official_and_organisation_in_one_sentence_make_one_engagement() -> None:
    body = ("Bupati Rahmat menerima audiensi Forum Warga di Kabupaten Sukamaju, Kecamatan Cibeureum "
            "pada Senin (3/6/2024).")
    article, mentions = build(body, [OFFICIAL, FORUM,
                                     ("PLACE", "Kabupaten Sukamaju", {"code": "99.01"}),
                                     ("PLACE", "Kecamatan Cibeureum", {"code": "99.01.05"}),
                                     ("DATE", "Senin (3/6/2024)", {"normalized": "2024-06-03"})])
    (row,) = find_engagements(article, mentions)
    assert row["official_ids"] == ["id:Bupati Rahmat"] and row["organisation_ids"] == ["id:Forum Warga"]
    assert (row["event_type"], row["date"], row["place_code"]) == ("audiensi", date(2024, 6, 3), "99.01.05")
    assert row["evidence"] == body and row["url"] == article["url"]


def test_event_paragraph_links_official_and_organisation_across_sentences() -> None:
    body = "Bupati Rahmat membuka rapat koordinasi banjir. Hadir pula Forum Warga.\nCuaca cerah."
    (row,) = find_engagements(*build(body, [OFFICIAL, FORUM]))
    assert row["event_type"] == "rakor"
    assert row["evidence"] == "Bupati Rahmat membuka rapat koordinasi banjir."


def test_paragraph_without_event_word_is_not_an_encounter() -> None:
    body = "Bupati Rahmat meninggalkan kantor. Forum Warga menanam pohon.\nCuaca cerah."
    assert find_engagements(*build(body, [OFFICIAL, FORUM])) == []


def test_organisations_in_different_paragraphs_do_not_meet() -> None:
    body = "Bupati Rahmat membuka rapat koordinasi.\nForum Warga menggelar sosialisasi."
    assert find_engagements(*build(body, [OFFICIAL, FORUM])) == []


def test_government_agency_is_not_a_counterpart() -> None:
    body = "Bupati Rahmat memimpin rakor bersama Dinas Sosial."
    assert find_engagements(*build(body, [OFFICIAL, ("ORG", "Dinas Sosial", {"kind": "government_agency"})])) == []


def test_date_falls_back_to_publication_and_type_to_title() -> None:
    body = "Bupati Rahmat bersama Forum Warga menanam pohon."
    (row,) = find_engagements(*build(body, [OFFICIAL, FORUM], title="Bupati Silaturahmi dengan Warga"))
    assert (row["date"], row["event_type"]) == (PUBLISHED.date(), "silaturahmi")


def test_same_pair_named_again_is_one_encounter() -> None:
    body = "Bupati Rahmat menerima Forum Warga. Bupati Rahmat mengapresiasi Forum Warga."
    article, mentions = build(body, [OFFICIAL, FORUM])
    second = build(body[body.index("Bupati Rahmat meng"):], [OFFICIAL, FORUM])[1]
    for m in second:
        m["start"] += body.index("Bupati Rahmat meng")
    assert len(find_engagements(article, mentions + second)) == 1


def test_official_named_again_with_another_organisation_widens_the_encounter() -> None:
    body = "Bupati Rahmat menerima audiensi Forum Warga.\nSang bupati memuji Ikatan Pemuda."
    again = ("OFFICIAL", "Sang bupati", {"entity_id": "id:Bupati Rahmat"})
    (row,) = find_engagements(*build(body, [OFFICIAL, FORUM, again, ("ORG", "Ikatan Pemuda", {"kind": "ormas_cso"})]))
    assert row["organisation_ids"] == ["id:Forum Warga", "id:Ikatan Pemuda"]
    assert (row["event_type"], row["evidence"]) == ("audiensi", "Bupati Rahmat menerima audiensi Forum Warga.")


def test_different_officials_make_different_encounters() -> None:
    body = "Bupati Rahmat menerima Forum Warga.\nCamat Sari membuka sosialisasi Ikatan Pemuda."
    specs = [OFFICIAL, FORUM, ("OFFICIAL", "Camat Sari", {}), ("ORG", "Ikatan Pemuda", {"kind": "ormas_cso"})]
    assert len(find_engagements(*build(body, specs))) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Pelantikan pengurus KNPI oleh Bupati", "pelantikan"), ("menggelar Rakor lintas sektor", "rakor"),
     ("silaturrahim bersama tokoh agama", "silaturahmi"),
     ("Kapolres bersilaturahmi dengan FKUB", "silaturahmi"),
     ("membuka Konferensi Cabang ke-XX", "konferensi"), ("resepsi Milad ke-111", "perayaan"), ("penyerahan dana hibah kepada ormas", "hibah"),
     ("Bimtek pengelolaan keuangan", "workshop"), ("Festival Inovasi OMS", "festival"),
     ("pembinaan ormas", "pembinaan"), ("sosialisasi Perda", "sosialisasi"),
     ("dialog kebangsaan", "dialog"), ("makan siang bersama", OTHER)],
)
def test_event_lexicon(text: str, expected: str) -> None:
    assert event_type(text) == expected


def test_store_rebuild_writes_engagements_with_entity_ids(data_dir) -> None:
    store = TableStore(data_dir)
    write_world(store, example_world())
    got = store.read("engagements").sort_values("date")
    entities = set(store.read("entities")["entity_id"])
    assert got["event_type"].tolist() == ["audiensi", "sosialisasi", "festival", "rakor"]
    assert all(set(ids) <= entities for ids in got["official_ids"])
    assert got.iloc[0]["place_code"] == "99.01.05" and str(got.iloc[0]["date"]) == "2024-03-14"
