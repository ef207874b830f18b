"""Engagements as participation, not co-mention (nlp.engagements), on fictional sentences.

Participants are located by their text in the body (the NLP stage's mentions, here written by
hand so that the rules are tested apart from entity recognition)."""

from __future__ import annotations

import pytest

import nlp
from nlp import engagements as eng
from nlp import relevance
from tests.nlp.engagement_parts import parts_of

SIDES = {
    "Bupati Rahmat": eng.OFFICIAL,
    "Camat Sari": eng.OFFICIAL,
    "Bupati Wulan": eng.OFFICIAL,
    "Kesbangpol": eng.BODY,
    "Polres": eng.BODY,
    "Dinas Sosial": eng.BODY,
    "Forum Warga": eng.ORG,
    "Ikatan Pemuda": eng.ORG,
    "Majelis Taklim": eng.ORG,
}


def parts(text: str) -> list[eng.Part]:
    return parts_of(text, SIDES)


def one(text: str, **kwargs: object) -> eng.Engagement | None:
    got = eng.find(text, parts(text), **kwargs)  # type: ignore[arg-type]
    assert len(got) <= 1
    return got[0] if got else None


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Rahmat menerima audiensi Forum Warga di pendopo.",
        "Bupati Rahmat menghadiri pelantikan pengurus Forum Warga.",
        "Pengurus Forum Warga dilantik oleh Bupati Rahmat di aula.",
        "Bupati Rahmat menyerahkan hibah kepada Forum Warga.",
        "Forum Warga mengikuti sosialisasi yang dibuka Bupati Rahmat.",
        "Bupati Rahmat bersilaturahmi dengan Forum Warga.",
    ],
)
def test_official_and_organisation_taking_part_make_an_engagement(text: str) -> None:
    found = one(text)
    assert found is not None and (found.government, found.organisations) == (
        ["Bupati Rahmat"],
        ["Forum Warga"],
    )


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "Bupati Rahmat meresmikan pasar. \u201cForum Warga sudah lama meminta pasar ini,\u201d ujarnya.",
            "named only in a quote",
        ),
        (
            "Bupati Rahmat meresmikan pasar. Ia meminta Forum Warga ikut menjaga kebersihan.",
            "asked to act",
        ),
        (
            "Bupati Rahmat meresmikan pasar. Pelantikan Forum Warga akan digelar bulan depan.",
            "planned event",
        ),
        (
            "Bupati Rahmat meresmikan pasar yang dibangun dengan dukungan dari Forum Warga.",
            "a backer",
        ),
        (
            "Kesbangpol mengundang ormas se-Kabupaten dalam rapat koordinasi.",
            "no named organisation",
        ),
        (
            "Bupati Rahmat memimpin rapat bersama Dinas Sosial dan Kesbangpol.",
            "government side only",
        ),
        (
            "Bupati Rahmat membuka musda bertema ‘bersama Forum Warga membangun desa’.",
            "a theme in quotes",
        ),
        (
            "Bupati Rahmat meresmikan pasar. Ke depan diharapkan Forum Warga ikut mengelola.",
            "a hope",
        ),
        (
            "Bupati Rahmat menerima Camat Sari. Keduanya membahas kepengurusan Forum Warga.",
            "a topic",
        ),
        ("Bupati Rahmat rapat dengan Camat Sari terkait pembentukan Forum Warga.", "a topic"),
        (
            "Forum Warga menggelar tasyakuran. Gerakan itu mendukung visi Bupati Rahmat.",
            "a vision's owner",
        ),
    ],
)
def test_only_named_is_not_taking_part(text: str, why: str) -> None:
    assert one(text) is None, why


def test_organisation_after_a_topic_word_takes_part_when_a_presence_word_follows() -> None:
    found = one("Bupati Rahmat menggelar sosialisasi tentang bahaya narkoba kepada Forum Warga.")
    assert found is not None and found.organisations == ["Forum Warga"]


def test_organisation_named_in_what_someone_says_does_not_take_part() -> None:
    text = (
        "Bupati Rahmat membuka musda Forum Warga. Ketuanya menyatakan Ikatan Pemuda siap membantu."
    )
    found = one(text)
    assert found is not None and found.organisations == ["Forum Warga"]


def test_someone_speaking_for_an_organisation_makes_it_take_part() -> None:
    text = (
        "Bupati Rahmat membuka musda Forum Warga di pendopo.\n"
        "Sementara itu, Ketua Ikatan Pemuda, Andi, menilai kegiatan itu bermanfaat."
    )
    found = one(text)
    assert found is not None and found.organisations == ["Forum Warga", "Ikatan Pemuda"]


def test_official_represented_by_someone_else_takes_no_part() -> None:
    text = "Camat Sari, mewakili Bupati Rahmat, membuka musda Forum Warga."
    found = one(text)
    assert found is not None and found.government == ["Camat Sari"]


def test_official_who_sends_a_representative_takes_no_part() -> None:
    text = "Bupati Rahmat yang diwakili Camat Sari membuka musda Forum Warga."
    found = one(text)
    assert found is not None and found.government == ["Camat Sari"]


@pytest.mark.parametrize(
    "text",
    [
        "Kesbangpol menggelar sosialisasi bagi Forum Warga dan Ikatan Pemuda.",
        "Rapat koordinasi Forum Warga dihadiri pula perwakilan Polres dan Kesbangpol.",
        "Bupati Rahmat membuka rakor Forum Warga. Turut hadir unsur Polres, Kesbangpol dan Ikatan Pemuda.",
    ],
)
def test_government_bodies_running_or_attending_are_participants(text: str) -> None:
    found = one(text)
    assert (
        found is not None
        and found.government_bodies
        and set(found.government_bodies) <= {"Kesbangpol", "Polres"}
    )


def test_government_body_owning_the_venue_is_not_a_participant() -> None:
    text = (
        "Bupati Rahmat menghadiri musda Forum Warga di Gedung Serbaguna, Dinas Sosial, Senin pagi."
    )
    found = one(text)
    assert found is not None and found.government_bodies == []


def test_government_body_after_an_opening_purpose_clause_acts() -> None:
    text = "Guna menyukseskan pemilu, secara khusus Kesbangpol melakukan dialog dengan Forum Warga."
    found = one(text)
    assert found is not None and found.government_bodies == ["Kesbangpol"]


def test_government_body_acting_through_its_unit_takes_part_with_it() -> None:
    text = "Dinas Sosial melalui Kesbangpol menggelar sosialisasi bagi pengurus Forum Warga."
    found = one(text)
    assert found is not None and found.government_bodies == ["Dinas Sosial", "Kesbangpol"]


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        (
            "Bupati Rahmat menyerahkan bantuan kepada Ikatan Pemuda di Pura Agung, Forum Warga, Bali.",
            ["Ikatan Pemuda"],
        ),
        ("Bupati Rahmat membuka dialog Ikatan Pemuda di Aula Forum Warga.", ["Ikatan Pemuda"]),
        # a place before the subject is no address of it
        ("Di Kota Sukamaju, Forum Warga menggelar dialog bersama Bupati Rahmat.", ["Forum Warga"]),
    ],
)
def test_organisation_named_as_where_the_event_happens_is_a_place(
    text: str, organisations: list[str]
) -> None:
    found = one(text)
    assert found is not None and found.organisations == organisations


def test_government_body_that_formed_the_organisation_is_not_a_participant() -> None:
    text = "Bupati Rahmat melantik pengurus Forum Warga yang dibentuk oleh Dinas Sosial."
    found = one(text)
    assert found is not None and found.government_bodies == []


def test_government_body_asked_or_thanked_is_not_a_participant() -> None:
    text = (
        "Bupati Rahmat menerima Forum Warga. Ia meminta Dinas Sosial menindaklanjuti usulan. "
        "Forum Warga berterima kasih kepada Polres atas pengamanan."
    )
    found = one(text)
    assert found is not None and found.government_bodies == []


def test_attendance_list_cut_after_a_title_stays_one_sentence() -> None:
    text = "Acara dihadiri Bupati Rahmat, Ketua Forum Warga Hj. Siti Aminah, dan Kesbangpol."
    starts = [0, text.index("Siti")]  # a sentencizer that cut after "Hj."
    found = one(text, sentence_starts=starts)
    assert found is not None and found.government_bodies == ["Kesbangpol"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pelantikan pengurus KNPI oleh Bupati", "inauguration"),
        ("Wali kota mengukuhkan pengurus forum", "inauguration"),
        ("menggelar Rakor lintas sektor bersama ormas", "coordination"),
        ("focus group discussion (FGD) penanganan banjir", "coordination"),
        ("silaturrahim bersama tokoh agama", "meeting"),
        ("Kapolres bersilaturahmi dengan FKUB", "meeting"),
        # local news spells it many ways; a later mention of an inauguration does not type it
        ("Camat melakukan silahturahmi dengan ormas setelah dilantik", "meeting"),
        ("Wali kota lakukan silatuhrahmi dengan tokoh adat usai pelantikan", "meeting"),
        ("acara silaturami bersama paguyuban", "meeting"),
        ("menerima audiensi pengurus LSM", "meeting"),
        ("coffee morning bersama pimpinan ormas", "meeting"),
        ("membuka Konferensi Cabang ke-XX", "ceremony"),
        ("menghadiri Musyawarah Lokal (Muslok) ke-III paguyuban", "ceremony"),
        ("membuka Musancab ranting pemuda", "ceremony"),
        ("menghadiri resepsi Milad ke-111", "ceremony"),
        ("upacara peringatan hari jadi kabupaten", "ceremony"),
        ("penyerahan dana hibah kepada ormas", "grant"),
        ("menyalurkan bantuan kepada majelis taklim", "grant"),
        ("Bimtek pengelolaan keuangan bagi pengurus", "socialisation"),
        ("pembinaan ormas dan LSM", "socialisation"),
        ("sosialisasi Perda kepada ormas", "socialisation"),
        ("Gubernur meletakkan batu pertama pembangunan gedung gereja", "ceremony"),
        ("dalam kunjungan kerjanya, Bupati meresmikan sekretariat ormas", "ceremony"),
        ("pengurus penerima hibah mengikuti bimtek laporan keuangan", "socialisation"),
        ("makan siang bersama", "other"),
        # an organisation's congress at any level, by its many names
        ("Wakil Bupati membuka Musker II lembaga adat kecamatan", "ceremony"),
        ("Bupati membuka secara resmi Rapat Kerja pertama dewan adat kabupaten", "ceremony"),
        ("Wali kota membuka kegiatan Rakerda ikatan ulama kota", "ceremony"),
        # ... while a coordination meeting opened by an official stays one
        ("Gubernur membuka secara resmi Rapat Koordinasi forum kewaspadaan", "coordination"),
        # an opening names the event it opens when one follows it
        ("Bupati meresmikan pembukaan Rapat Koordinasi forum pembauran", "coordination"),
        ("pembukaan kegiatan sosialisasi perda bagi paguyuban", "socialisation"),
        ("Wali kota menghadiri pembukaan acara rakoor ikatan nelayan", "coordination"),
        ("Wakil Bupati menghadiri pembukaan Musda ikatan petani", "ceremony"),
        ("Bupati meresmikan gedung sekretariat paguyuban", "ceremony"),
        ("Wali kota memberi sambutan di Sidang ke-9 persekutuan gereja wilayah", "ceremony"),
        ("Camat menghadiri Kongres ke-4 ikatan nelayan", "ceremony"),
        ("Gubernur hadir pada Muktamar forum santri", "ceremony"),
        ("genap dua tahun kepemimpinan Wali Kota, acara digelar di balai kota", "ceremony"),
        # a board's consecration in a Hindu council
        ("upacara mejaya-jaya pengurus parisada desa berlangsung khidmat", "inauguration"),
        # a main act beats the frame it happens in (README clarification 11)
        ("Rapat Koordinasi dan Pengukuhan Pengurus Forum Kewaspadaan Desa", "inauguration"),
        ("dalam rangka memperingati harlah, digelar pelantikan pengurus ranting", "inauguration"),
        ("peringatan hari santri sekaligus penyerahan hibah kepada pesantren", "grant"),
        # ... unless the act is joined to the event as an addition ("A dirangkaikan dengan B")
        ("Milad ke-50 paguyuban tani dirangkaikan dengan pelantikan pengurus ranting", "ceremony"),
        ("Festival kampung adat dibarengi dengan penyerahan bantuan kepada sanggar", "ceremony"),
        # a meeting that prepares an event is coordination; the event prepared is its topic
        ("Sekda memimpin rapat persiapan pelantikan pengurus dewan adat", "coordination"),
        ("rapat Forkopimda bersama tokoh agama dan ormas", "coordination"),
        (
            "mendukung rencana pelaksanaan Musyawarah Daerah (Musda) pemuda; menerima audiensi panitia",
            "meeting",
        ),
        # what came before the event, in a clause of its own
        ("Setelah membuka rakerwil, Menteri bersilaturahmi dengan tokoh adat", "meeting"),
        # a regional leadership forum spelled out after its acronym is a body, not a coordination
        (
            "Safari Ramadhan dihadiri Forkopimcam (Forum Koordinasi Pimpinan Kecamatan) dan pengurus masjid",
            "meeting",
        ),
        # bare "koordinasi" is a quality; a strong word elsewhere wins
        ("Sinergi dan koordinasi penting, ujarnya di acara syukuran paguyuban", "ceremony"),
    ],
)
def test_event_words_map_to_the_fixed_vocabulary(text: str, expected: str) -> None:
    assert eng.event_type(text) == expected


def test_a_worship_visit_is_a_ceremony_and_the_grant_it_brings_types_it() -> None:
    service = "Bupati Rahmat mengikuti ibadah bersama jemaat Majelis Taklim di Sukamaju."
    found = one(service)
    assert found is not None and found.event_type == "ceremony"
    found = one(f"{service}\nUsai ibadah, Bupati Rahmat menyerahkan bantuan untuk Majelis Taklim.")
    assert found is not None and found.event_type == "grant"


def test_a_grant_far_from_the_lead_does_not_type_an_audience() -> None:
    text = (
        "Bupati Rahmat menerima audiensi pengurus Forum Warga di pendopo.\n"
        "Tahun lalu Forum Warga menyalurkan bantuan kepada korban banjir."
    )
    found = one(text)
    assert found is not None and found.event_type == "meeting"


def test_the_lead_decides_the_event_type_before_later_paragraphs() -> None:
    text = (
        "Bupati Rahmat melantik pengurus Forum Warga di pendopo.\n"
        "Dalam kesempatan itu diserahkan pula bantuan untuk sekretariat Forum Warga."
    )
    found = one(text)
    assert found is not None and found.event_type == "inauguration"


def test_an_event_asked_for_in_the_title_does_not_type_the_one_reported() -> None:
    lead = "Gubernur menegaskan komitmennya menjaga kerukunan."
    title = "Gubernur Minta Forum Warga Masifkan Sosialisasi Kerukunan"
    assert eng.event_type(lead, title, "saat menerima audiensi Forum Warga") == "meeting"


def test_the_sentence_where_the_organisation_takes_part_types_the_event_before_the_body() -> None:
    text = (
        "Berkat sinergi Forum Warga dan Kesbangpol, desa itu tetap rukun.\n"
        "Tahun lalu desa itu menerima penghargaan dari kementerian.\n"
        "Silaturahmi antara Forum Warga dan Kesbangpol itu dihadiri Bupati Rahmat."
    )
    found = one(text)
    assert found is not None and found.event_type == "meeting"


def test_event_words_inside_an_organisation_name_come_after_the_others() -> None:
    text = "Forum Koordinasi Warga bersilaturahmi dengan Bupati Rahmat."
    assert eng.event_type(text, names=["Forum Koordinasi Warga"]) == "meeting"
    assert (
        eng.event_type(
            "Bupati memimpin rapat Forum Koordinasi Warga.", names=["Forum Koordinasi Warga"]
        )
        == "coordination"
    )


def test_a_day_after_publication_is_a_planned_event() -> None:
    text = (
        "Bupati Rahmat menerima Forum Warga, panitia musda 20 Juli 2024. Acara digelar 3 Juli 2024."
    )
    dates = [
        eng.Marker(text.index("20 Juli"), "2024-07-20"),
        eng.Marker(text.index("3 Juli"), "2024-07-03"),
    ]
    found = one(text, dates=dates, published="2024-07-04")
    assert found is not None and found.date == "2024-07-03"


@pytest.mark.parametrize(("published", "expected"), [("2024-06-05", "2024-06-04"), (None, None)])
def test_an_event_held_yesterday_is_dated_from_publication_not_from_a_date_of_something_else(
    published: str | None, expected: str | None
) -> None:
    text = "Bupati Rahmat menerima audiensi Forum Warga, kemarin. Forum itu berdiri 3 Mei 2020."
    found = one(text, dates=[eng.Marker(text.index("3 Mei"), "2020-05-03")], published=published)
    assert found is not None and found.date == expected


def test_date_is_the_events_day_and_not_a_planned_one() -> None:
    text = (
        "Rapat Forum Warga akan dilanjutkan Senin (10/6/2024). "
        "Bupati Rahmat membuka rapat Forum Warga, Kamis (6/6/2024)."
    )
    dates = [
        eng.Marker(text.index("Senin"), "2024-06-10"),
        eng.Marker(text.index("Kamis"), "2024-06-06"),
    ]
    found = one(text, dates=dates)
    assert found is not None and found.date == "2024-06-06"


def test_extract_output_carries_relevant_and_engagements() -> None:
    text = (
        "Bupati Serang Ratna Dewi Lestari menerima audiensi pengurus Majelis Ulama Indonesia "
        "(MUI) Kabupaten Serang di pendopo, Kamis (13/6/2024)."
    )
    out = nlp.extract(text).as_output()
    assert out["relevant"] is True
    (engagement,) = out["engagements"]
    assert engagement["government"] == ["Ratna Dewi Lestari"]
    assert engagement["organisations"] == ["Majelis Ulama Indonesia Kabupaten Serang"]
    assert (engagement["event_type"], engagement["date"]) == ("meeting", "2024-06-13")


def test_government_news_without_civil_society_is_not_relevant() -> None:
    text = "Bupati Serang Ratna Dewi Lestari meresmikan jembatan di Kecamatan Cikande, Kamis (13/6/2024)."
    out = nlp.extract(text).as_output()
    assert (out["relevant"], out["engagements"]) == (False, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kesbangpol Kabupaten Sukamaju menggelar sosialisasi regulasi bagi pengurus ormas di aula.",
            True,
        ),
        ("Bupati Sukamaju bersilaturahmi dengan para kiai dan tokoh agama di pendopo.", True),
        ("Wali kota menghadiri musyawarah adat bersama para pemangku adat.", True),
        ("Bupati Sukamaju memimpin rapat Forum Komunikasi Pimpinan Daerah di rumah dinas.", False),
        ("Bupati Sukamaju meresmikan jembatan dan meminta ormas ikut menjaganya.", False),
        ("Gubernur meninjau perbaikan jalan bersama Dinas PUPR menjelang mudik.", False),
        ("\u201cOrmas harus menjaga kondusivitas,\u201d kata Bupati usai meninjau pasar.", False),
        ("Rapat internal Dinas Sosial di Aula FKUB dipimpin Kepala Dinas.", False),
        ("Bupati bersilaturahmi di aula pendopo bersama tokoh agama.", True),
        # a venue named after its owner, and an office's portfolio, are not the civil side
        ("Gubernur menyerahkan bantuan kepada Pemkot di Aula Kantor Sinode Sukamaju.", False),
        (
            "Hadir Bupati dan Kepala Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan.",
            False,
        ),
        ("Kesbangpol menggelar dialog isu strategis bidang ormas di pendopo.", True),
        # a civil body the NLP stage does not know, by its shape or its class word
        ("Gubernur menghadiri pengukuhan Pemuda Tanjung Bersatu di gedung serbaguna.", True),
        ("Bupati mengukuhkan pengurus Kerukunan Warga Lembah Hijau periode 2025-2030.", True),
        ("Lurah bertemu DPC Gerakan Peduli Sungai Kota Sukamaju di kantor kelurahan.", True),
        ("Bupati melantik pengurus PKK Kecamatan Sukamaju di pendopo.", False),
        ("Gubernur menghadiri Musda DPD Partai Sukamaju di hotel.", False),
        ("Sekda turut hadir dalam Mubes ke-III Kota Sukamaju di gedung serbaguna.", True),
        ("Gubernur menyerahkan penghargaan kepada Pemuda Pemudi Berprestasi Sukamaju.", False),
        ("Pj Bupati menyerahkan bantuan kepada pimpinan Dayah Nurul Huda di Sukamaju.", True),
        ("Wali kota menerima kunjungan pimpinan umat Hindu di ruang rapat.", True),
        ("Bupati bersilaturahmi dengan para latupati dan saniri negeri di pendopo.", True),
        ("Wali kota menggelar rapat, hadir para Kepala Suku Dinas dan para camat.", False),
        ("Sejumlah pengurus karangtaruna dikukuhkan Bupati Sukamaju di aula kecamatan.", True),
        ("Ketua DPRK Sukamaju menerima audiensi organisasi kepemudaan di ruang sidang.", True),
        # a body's own secretariat is where it receives its visitors
        ("Bupati berkunjung ke Sekretariat Lembaga Adat Sukamaju di desa.", True),
        # a house of worship after "di" is the venue; receiving aid it is a party
        ("Wali kota membuka lomba mengaji di Masjid Raya Sukamaju, Jumat.", False),
        ("Kepala daerah menyerahkan bantuan kepada masjid di Desa Sukamaju.", True),
    ],
)
def test_relevance_needs_government_and_civil_society_interacting_in_the_lead(
    text: str, expected: bool
) -> None:
    assert relevance.cued(text) is expected


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        (
            "\u201cKami terbuka pada kritik. Siapa pun boleh bicara,\u201d ujar Gubernur saat mengukuhkan "
            "Pengurus Pusat Ikatan Alumni.",
            True,
        ),
        (
            "Ia juga menyinggung harga pangan. Lalu Gubernur mengukuhkan Pengurus Pusat Ikatan Alumni.",
            False,
        ),
    ],
)
def test_sentences_of_a_quote_do_not_use_up_the_lead(quoted: str, expected: bool) -> None:
    text = "Pemprov Sukamaju terbuka pada masukan. Aksi damai tidak dilarang. " + quoted
    assert relevance.cued(text) is expected


def test_events_on_two_days_make_two_engagements() -> None:
    text = (
        "Bupati Rahmat menyerahkan hibah kepada Forum Warga, Senin (3/6/2024).\n"
        "Keesokan harinya, Selasa (4/6/2024), hibah diserahkan Bupati Rahmat kepada Ikatan Pemuda."
    )
    dates = [
        eng.Marker(text.index("Senin"), "2024-06-03"),
        eng.Marker(text.index("Selasa"), "2024-06-04"),
    ]
    found = eng.find(text, parts(text), dates=dates, published="2024-06-05")
    assert [(e.organisations, e.date, e.event_type) for e in found] == [
        (["Forum Warga"], "2024-06-03", "grant"),
        (["Ikatan Pemuda"], "2024-06-04", "grant"),
    ]


def test_an_earlier_day_reported_without_government_is_background() -> None:
    text = (
        "Bupati Rahmat menerima audiensi Forum Warga, Senin (3/6/2024).\n"
        "Pengurus itu terpilih dalam musda bersama Ikatan Pemuda, Sabtu (1/6/2024) lalu."
    )
    dates = [
        eng.Marker(text.index("Senin"), "2024-06-03"),
        eng.Marker(text.index("Sabtu"), "2024-06-01"),
    ]
    (found,) = eng.find(text, parts(text), dates=dates, published="2024-06-04")
    assert (found.organisations, found.date) == (["Forum Warga"], "2024-06-03")


@pytest.mark.parametrize(
    ("kind", "name", "side"),
    [
        ("ormas_cso", "Forum Koordinasi Pimpinan Daerah Kabupaten Sukamaju", eng.BODY),
        ("government_agency", "Kesbangpol Sukamaju", eng.BODY),
        ("religious", "FKUB Sukamaju", eng.ORG),
        ("ormas_cso", "TP PKK Kabupaten Sukamaju", None),
        ("ormas_cso", "Fraksi Persatuan Rakyat Sukamaju", None),
        ("government_agency", "DPD", None),
        ("government_agency", "DPD RI", eng.BODY),
        ("ormas_cso", "Forum Koordinasi", None),
        ("political_party", "Partai Sukamaju Raya", None),
        ("ormas_cso", "Forum Komunikasi dan Konsultasi Badan Kesbangpol", eng.BODY),
        ("other", "Kantor Kesatuan Bangsa Kota Sukamaju", eng.BODY),
        ("other", "Tim Kewaspadaan Dini Daerah", eng.BODY),
        (None, "Organisasi Pecinta Alam Sukamaju", eng.ORG),
        # a civil-society body's own words anywhere in an unsettled name, or a branch board's acronym
        ("other", "Komite Pemuda Sukamaju Raya", eng.ORG),
        ("other", "Seka Teruna Banjar Kauh", eng.ORG),
        ("other", "Laskar Merah Putih Sukamaju", eng.ORG),
        ("other", "DPD KRIS Sukamaju", eng.ORG),
        ("other", "DPD Provinsi Sukamaju", None),
        ("other", "Asosiasi Kepala Desa Sukamaju", None),
        ("other", "Dinas Pemuda dan Olahraga Kabupaten Sukamaju", eng.BODY),
        # ... which overrule a government kind on a name that is no office's
        ("government_agency", "Badan Komunikasi Pemuda Remaja Masjid Sukamaju", eng.ORG),
        ("government_agency", "Pemuda Tani Sukamaju", eng.ORG),
        ("government_agency", "Dinas Pemuda dan Olahraga Kabupaten Sukamaju", eng.BODY),
        ("government_agency", "Kementerian Pemuda dan Olahraga", eng.BODY),
        ("other", "Paguyuban Warga Sukamaju", eng.ORG),
        ("other", "Asosiasi Pedagang Sukamaju", None),
        ("education", "Ikatan Alumni Sekolah Sukamaju", None),
    ],
)
def test_sides_of_organisations(kind: str, name: str, side: str | None) -> None:
    assert eng.side_of(kind, name) == side


# README clarifications 5 and 7 end to end (entities found by the NLP stage, real region names)
@pytest.mark.parametrize(
    ("text", "government", "bodies"),
    [
        pytest.param(
            "Pemkab Garut menggelar silaturahmi dengan pengurus Forum Warga Peduli Sungai di "
            "pendopo, Senin (3/6/2024). Bupati dan Sekda hadir dalam acara itu.",
            [],
            ["Pemkab Garut"],
            id="5-unnamed-officials-are-no-participants-their-named-body-is",
        ),
        pytest.param(
            "Bupati Garut dan Sekda menghadiri pelantikan pengurus Forum Warga Peduli Sungai, "
            "Senin (3/6/2024). Forkopimda Garut turut hadir.",
            [],
            ["Forkopimda Garut"],
            id="5-the-regional-leadership-forum-takes-part-for-unnamed-leaders",
        ),
        pytest.param(
            "Kepala Kesbangpol Garut, Asep Permana, mewakili Bupati Garut Rahmat Hidayat, "
            "menyerahkan hibah kepada pengurus Forum Warga Peduli Sungai, Senin (3/6/2024).",
            ["Asep Permana"],
            ["Kesbangpol Garut"],
            id="7-the-representative-not-the-represented",
        ),
        pytest.param(
            "Bupati Garut Rahmat Hidayat melalui Kepala Kesbangpol Garut Asep Permana "
            "menyerahkan hibah kepada pengurus Forum Warga Peduli Sungai, Senin (3/6/2024).",
            ["Asep Permana"],
            ["Kesbangpol Garut"],
            id="7-a-grant-handed-over-through-a-head-of-office-is-his",
        ),
    ],
)
def test_who_takes_part_for_unnamed_or_represented_officials(
    text: str, government: list[str], bodies: list[str]
) -> None:
    # the headline names the represented official: it does not make him take part
    (found,) = nlp.extract(text).as_output("Bupati Rahmat Hidayat Serahkan Hibah")["engagements"]
    assert (found["government"], found["government_bodies"]) == (government, bodies)
    assert found["organisations"] == ["Forum Warga Peduli Sungai"]


def test_a_later_day_of_a_series_keeps_the_government_that_acted_before() -> None:
    text = (
        "Bupati Rahmat menyerahkan hibah kepada Forum Warga, Senin (3/6/2024).\n"
        "Selain itu, penyaluran hibah juga dilaksanakan di kecamatan lain, Selasa (4/6/2024), "
        "kepada Ikatan Pemuda."
    )
    dates = [
        eng.Marker(text.index("Senin"), "2024-06-03"),
        eng.Marker(text.index("Selasa"), "2024-06-04"),
    ]
    found = eng.find(text, parts(text), dates=dates, published="2024-06-05")
    assert [(e.government, e.organisations, e.date) for e in found] == [
        (["Bupati Rahmat"], ["Forum Warga"], "2024-06-03"),
        (["Bupati Rahmat"], ["Ikatan Pemuda"], "2024-06-04"),
    ]
