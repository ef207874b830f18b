"""Engagements table rows: the participation rules over stored mentions, keyed by entity id."""

from __future__ import annotations

from datetime import date, datetime

from pipeline.derive.engagements import EVENT_TYPES, find_engagements, sentence_starts
from pipeline.store import TableStore
from pipeline.store.synthetic import WIB, example_world, write_world

PUBLISHED = datetime(2024, 6, 10, 9, tzinfo=WIB)


def build(
    body: str, specs: list[tuple[str, str, dict]], title: str = "Judul"
) -> tuple[dict, list[dict]]:
    """An article and mentions located in its body (sentence = the text up to the next period)."""
    article = {
        "article_id": "a1",
        "body": body,
        "title": title,
        "published_at": PUBLISHED,
        "url": "https://example.go.id/a1",
        "portal": "sukamajukab",
        "province": "Jawa Barat",
        "month": "2024-06",
    }
    mentions = []
    for type_, text, extra in specs:
        start = body.index(text)
        begin = max(
            body.rfind(". ", 0, start) + 2 if ". " in body[:start] else 0,
            body.rfind("\n", 0, start) + 1,
        )
        stops = [i for i in (body.find(".", start + len(text)), body.find("\n", start)) if i >= 0]
        sentence = body[begin : min(stops) + 1 if stops else len(body)]
        mentions.append(
            {
                "article_id": "a1",
                "type": type_,
                "text": text,
                "start": start,
                "sentence": sentence,
                "normalized": text,
                "entity_id": f"id:{text}",
                **extra,
            }
        )
    return article, mentions


OFFICIAL = ("OFFICIAL", "Bupati Rahmat", {})
FORUM = ("ORG", "Forum Warga", {"kind": "ormas_cso"})
DINAS = ("ORG", "Dinas Sosial", {"kind": "government_agency"})


def test_official_and_organisation_taking_part_make_one_engagement() -> None:
    body = (
        "Bupati Rahmat menerima audiensi Forum Warga di Kabupaten Sukamaju, Kecamatan Cibeureum "
        "pada Senin (3/6/2024)."
    )
    article, mentions = build(
        body,
        [
            OFFICIAL,
            FORUM,
            ("PLACE", "Kabupaten Sukamaju", {"code": "99.01"}),
            ("PLACE", "Kecamatan Cibeureum", {"code": "99.01.05"}),
            ("DATE", "Senin (3/6/2024)", {"normalized": "2024-06-03"}),
        ],
    )
    (row,) = find_engagements(article, mentions)
    assert row["official_ids"] == ["id:Bupati Rahmat"] and row["organisation_ids"] == [
        "id:Forum Warga"
    ]
    assert row["government_body_ids"] == []
    assert (row["event_type"], row["date"], row["place_code"]) == (
        "meeting",
        date(2024, 6, 3),
        "99.01.05",
    )
    assert row["evidence"] == body and row["url"] == article["url"]


def test_government_body_running_the_event_is_a_participant() -> None:
    body = "Dinas Sosial menggelar sosialisasi bagi Forum Warga."
    (row,) = find_engagements(*build(body, [DINAS, FORUM]))
    assert row["government_body_ids"] == ["id:Dinas Sosial"] and row["official_ids"] == []
    assert row["event_type"] == "socialisation"


def test_government_body_only_asked_to_act_is_not_a_participant() -> None:
    body = "Bupati Rahmat menerima Forum Warga. Ia meminta Dinas Sosial menindaklanjuti usulan itu."
    (row,) = find_engagements(*build(body, [OFFICIAL, FORUM, DINAS]))
    assert row["government_body_ids"] == []


def test_government_side_alone_is_no_engagement() -> None:
    body = "Bupati Rahmat memimpin rakor bersama Dinas Sosial."
    assert find_engagements(*build(body, [OFFICIAL, DINAS])) == []


def test_organisation_named_only_in_a_quote_does_not_take_part() -> None:
    body = "Bupati Rahmat meresmikan jembatan. \u201cForum Warga dulu yang mengusulkan jembatan ini,\u201d katanya."
    assert find_engagements(*build(body, [OFFICIAL, FORUM])) == []


def test_date_falls_back_to_publication_and_type_to_title() -> None:
    body = "Bupati Rahmat bersama Forum Warga menanam pohon."
    (row,) = find_engagements(
        *build(body, [OFFICIAL, FORUM], title="Bupati Silaturahmi dengan Warga")
    )
    assert (row["date"], row["event_type"]) == (PUBLISHED.date(), "meeting")


def test_same_pair_named_again_is_one_engagement() -> None:
    body = "Bupati Rahmat menerima Forum Warga. Bupati Rahmat mengapresiasi Forum Warga."
    article, mentions = build(body, [OFFICIAL, FORUM])
    second = build(body[body.index("Bupati Rahmat meng") :], [OFFICIAL, FORUM])[1]
    for m in second:
        m["start"] += body.index("Bupati Rahmat meng")
    assert len(find_engagements(article, mentions + second)) == 1


def test_official_named_again_with_another_organisation_widens_the_engagement() -> None:
    body = "Bupati Rahmat menerima audiensi Forum Warga.\nHadir pula Ikatan Pemuda bersama sang bupati."
    again = ("OFFICIAL", "sang bupati", {"entity_id": "id:Bupati Rahmat"})
    (row,) = find_engagements(
        *build(body, [OFFICIAL, FORUM, again, ("ORG", "Ikatan Pemuda", {"kind": "ormas_cso"})])
    )
    assert row["organisation_ids"] == ["id:Forum Warga", "id:Ikatan Pemuda"]
    assert (row["event_type"], row["evidence"]) == (
        "meeting",
        "Bupati Rahmat menerima audiensi Forum Warga.",
    )


def test_store_rebuild_writes_engagements_with_entity_ids(data_dir) -> None:
    store = TableStore(data_dir)
    write_world(store, example_world())
    got = store.read("engagements").sort_values("date")
    entities = set(store.read("entities")["entity_id"])
    assert set(got["event_type"]) <= set(EVENT_TYPES)
    assert all(set(ids) <= entities for ids in got["official_ids"])
    assert all(set(ids) <= entities for ids in got["government_body_ids"])
    assert got.iloc[0]["place_code"] == "99.01.05" and str(got.iloc[0]["date"]) == "2024-03-14"


def test_sentence_starts_are_found_back_as_the_nlp_stage_had_them() -> None:
    """Sentences without mentions are split apart, and a line break opens its sentence, so the
    table judges participation on the sentences `pantau extract` judged."""
    body = (
        "Bupati Rahmat hadir.\n"
        "Acara itu meriah. Hadirin bernyanyi bersama.\n"
        "Forum Warga menggelar rapat."
    )
    _, mentions = build(body, [OFFICIAL, FORUM])
    assert sentence_starts(body, mentions) == [0, 20, 39, 65]
    assert [body[a] for a in sentence_starts(body, mentions) or []] == ["B", "\n", "H", "\n"]
