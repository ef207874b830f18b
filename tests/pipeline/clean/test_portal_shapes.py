"""Government-portal shapes in text dumps: camera file names, figure datelines (fictional lines)."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.clean.date_lines import place_date, without_widget_dates
from pipeline.clean.file_names import without_file_names
from pipeline.clean.text_lines import starts_with_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "DSC_1234a Warga Desa Sukamaju menggelar musyawarah.",
            "Warga Desa Sukamaju menggelar musyawarah.",
        ),
        ("IMG 20240101 120000 min Camat Contoh membuka acara.", "Camat Contoh membuka acara."),
        ("IMG-20240502-WA0012.jpg Bupati Contoh hadir.", "Bupati Contoh hadir."),
        ("IMG_20220515_081738", "IMG_20220515_081738"),  # alone: left, it never opens a body
        ("Imgur menjadi tempat berbagi gambar.", "Imgur menjadi tempat berbagi gambar."),
        ("DSC 1 bukan nama berkas.", "DSC 1 bukan nama berkas."),
    ],
)
def test_a_camera_file_name_glued_before_a_paragraph_is_cut(line: str, expected: str) -> None:
    assert without_file_names([line]) == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "Sukamaju (2/9/2020) Komisi Pemilihan Umum Kabupaten Contoh menggelar sosialisasi",
            "2/9/2020",
        ),
        ("Kota Baru, ( 24/12/2023) Wali Kota Contoh meninjau pasar", "24/12/2023"),
        ("Sukamaju, ppid.contoh.go.id/3 Maret 2026 – Bupati Contoh berkunjung", "3 Maret 2026"),
        ("Senin (2/9/2020) Komisi Pemilihan Umum menggelar sosialisasi", None),  # an event's day
        ("Sukamaju - Pada (2/9/2020) warga berkumpul", None),
    ],
)
def test_a_dateline_date_in_figures_or_behind_the_site_is_found(
    lede: str, expected: str | None
) -> None:
    assert place_date(lede) == expected


def test_a_portal_page_with_a_figure_dateline_and_a_glued_file_name_is_cleaned() -> None:
    text = (
        "Warga Sukamaju Bentuk Forum Kerukunan\n\n"
        "DSC_0042a Sukamaju (2/9/2020) Pemerintah Desa Sukamaju membentuk forum kerukunan warga "
        "yang dihadiri tokoh agama, tokoh adat dan perangkat desa di balai desa setempat.\n"
        "Kepala desa berharap forum itu menjaga kerukunan antarwarga di masa mendatang.\n"
    )
    article = clean_text(text)
    assert article.body.startswith("Sukamaju (2/9/2020) Pemerintah Desa")
    assert article.published_at is not None
    assert article.published_at.date().isoformat() == "2020-09-02"


def test_a_weather_widget_date_in_the_top_bar_is_not_the_publication_date() -> None:
    text = (
        "27.5 C\nSukamaju\nSelasa, 13 Mei 2025\n\n"
        "Camat Sukamaju Resmikan Balai Warga Baru\n\n"
        "Camat Sukamaju meresmikan balai warga baru yang dibangun secara swadaya oleh masyarakat "
        "tiga dusun, disaksikan tokoh agama dan perangkat desa setempat.\n"
        "Balai itu akan dipakai untuk musyawarah dan kegiatan posyandu setiap bulan.\n"
    )
    assert clean_text(text).published_at is None


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (["28.7 C", "Sukamaju", "Selasa, 13 Mei 2025", "Judul Berita"], [0, 1, 3]),
        (["28.7 C", "Oleh Admin Contoh, Selasa, 13 Mei 2025"], [0, 1]),  # a byline ends the widget
        (["30 C", "Camat Sukamaju meresmikan balai warga baru", "Selasa, 13 Mei 2025"], [0, 1, 2]),
        (["30 C", "Sukamaju", "Judul", "Senin", "Selasa, 13 Mei 2025"], [0, 1, 2, 3, 4]),
    ],
)
def test_only_a_weather_widgets_own_date_line_is_blanked(lines: list[str], kept: list[int]) -> None:
    blanked = without_widget_dates(lines)
    assert [i for i, line in enumerate(blanked) if line] == kept


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SUKAMAJU, (contoh.go.id) Kepala Kantor Kementerian Agama meninjau madrasah", True),
        ("Sukamaju (12/03) Pemerintah Kabupaten Contoh menggelar rapat", True),
        ("Sukamaju (Humas Kemenag Contoh) Masih dalam rangka hari amal bakti", True),
        ("Pemerintah Kota (Pemkot) Sukamaju menggelar rapat koordinasi", False),
        ("Penjabat (Pj) Bupati Contoh menerima kunjungan", False),
        ("Tahun (12/03) lalu Pemerintah Kabupaten Contoh menggelar rapat", False),  # a time word
        ("Senin (12/03) Bupati Contoh membuka rapat koordinasi", False),  # an event's day
        ("sukamaju (12/03) Pemerintah Kabupaten Contoh menggelar rapat", False),  # not a name
        ("SUKAMAJU | Bupati Contoh membuka rapat koordinasi forum kerukunan", True),
        ("SUKAMAJU, KabarContoh.id| Draf rancangan keputusan bupati dibahas bersama", True),
        ("Beranda | Berita | Bupati Contoh membuka rapat koordinasi forum", False),  # breadcrumb
        ("Senin, 3 Maret 2025 | Bupati Contoh membuka rapat koordinasi forum", False),  # date line
    ],
)
def test_a_dateline_with_its_source_or_day_in_brackets_and_no_dash_opens_a_lede(
    line: str, expected: bool
) -> None:
    assert starts_with_dateline(line) is expected


def test_a_caption_above_a_bracket_dateline_lede_is_not_the_body() -> None:
    text = (
        "Kepala Kantor Buka Dialog Lintas Agama\n\n"
        "... Kepala Kantor, H. Contoh Sukamaju bersama pengurus forum saat memberikan arahannya "
        "pada kegiatan dialog lintas agama.\n\n"
        "SUKAMAJU, (contoh.go.id) Kepala Kantor Kementerian Agama Kabupaten Contoh membuka "
        "dialog lintas agama di balai nikah kecamatan yang dihadiri para tokoh agama.\n"
        "Dialog itu membahas cara menjaga kerukunan menjelang hari besar keagamaan.\n"
    )
    assert clean_text(text).body.startswith("SUKAMAJU, (contoh.go.id) Kepala Kantor")
