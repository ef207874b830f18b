"""The generic extractor on layouts no site parser knows."""

from __future__ import annotations

from pipeline.clean import clean_html
from tests.pipeline.clean.corpus import NOW


def para(i: int) -> str:
    return (
        f"Paragraf nomor {i} menjelaskan kegiatan organisasi kemasyarakatan bersama pemerintah daerah, "
        "termasuk rencana kerja tahun depan."
    )


def test_body_split_by_an_ad_slot_is_joined_in_order():
    first = "".join(f"<p>{para(i)}</p>" for i in range(4))
    second = "".join(f"<p>{para(i)}</p>" for i in range(4, 7))
    page = (
        f"<html><body><h1>Judul Berita Ormas yang Cukup Panjang</h1><div class='wrap'>"
        f"<div class='entry-content'>{first}</div><div class='ads'>Advertisement</div>"
        f"<div class='entry-content'>{second}</div></div></body></html>"
    )
    body = clean_html(page, now=NOW).body
    assert body.splitlines() == [para(i) for i in range(7)]


def test_long_comment_thread_is_not_taken_for_the_body():
    article = "".join(f"<p>{para(i)}</p>" for i in range(3))
    comments = "".join(
        f"<li class='comment'><p>Komentar pembaca {i}: saya setuju sekali dengan program ini, "
        "semoga terus berlanjut dan melibatkan lebih banyak warga desa.</p></li>"
        for i in range(12)
    )
    page = (
        f"<html><body><h1>Judul Berita Ormas yang Cukup Panjang</h1><div class='post'>{article}</div>"
        f"<ol class='commentlist'>{comments}</ol></body></html>"
    )
    body = clean_html(page, now=NOW).body
    assert body.startswith(para(0)) and body.endswith(para(2))
    assert "Komentar pembaca" not in body


def test_br_separated_text_in_a_table_cell_is_a_body():
    text = "<br><br>".join(para(i) for i in range(5))
    page = (
        f"<html><body><table><tr><td><a href='/'>Beranda</a><br><a href='/p'>Profil</a></td>"
        f"<td>{text}</td></tr></table></body></html>"
    )
    body = clean_html(page, now=NOW).body
    assert body.splitlines() == [para(i) for i in range(5)]


def test_in_article_related_list_of_links_is_dropped():
    links = "".join(
        f"<li><a href='/b{i}'>Judul berita lain nomor {i} yang tidak terkait</a></li>"
        for i in range(4)
    )
    page = (
        f"<html><body><h1>Judul Berita Ormas yang Cukup Panjang</h1><div class='content'>"
        f"<p>{para(0)}</p><p>{para(1)}</p><ul>{links}</ul><p>{para(2)}</p></div></body></html>"
    )
    assert clean_html(page, now=NOW).body.splitlines() == [para(0), para(1), para(2)]
