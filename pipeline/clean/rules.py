"""Indonesian boilerplate rules, kept as named data.

Every rule is a compiled pattern with a name; `pipeline.clean.boilerplate` applies them to the
lines of an extracted body (from HTML or from a text dump). Add a rule here, not in code.
Patterns run on one stripped line at a time, case-insensitively unless stated. Credits, bylines
and datelines are in `byline_rules`, the rules for HTML elements in `html_rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A named line pattern. `literal`: lower-case text every match contains, tested with `in`
    before a pattern that is not anchored at the line start runs over the whole line."""

    name: str
    pattern: re.Pattern[str]
    literal: str | None = None


def _rule(name: str, pattern: str, flags: int = re.IGNORECASE, literal: str | None = None) -> Rule:
    return Rule(name, re.compile(pattern, flags), literal)


# A line matching one of these is dropped wherever it sits in the body.
DROP_LINE_RULES: tuple[Rule, ...] = (
    # "Baca juga:", "Baca Lainnya", "BACA JUGA:<headline>", "Artikel Terkait: <headline>": a link to another post.
    _rule(
        "baca_juga",
        r"^[\W_]*(baca\s+(juga|pula|lagi|lainnya|berita\s+lainnya)|bacaan\s+lainnya|baca\s+selengkapnya"
        r"|simak\s+(juga|pula)|lihat\s+(juga|pula)|(artikel|berita)\s+terkait\s*:)",
    ),
    # A syndication note closing the article ("Artikel ini telah tayang di X dengan judul ...").
    _rule(
        "syndicated",
        r"^artikel\s+ini\s+(telah\s+|sudah\s+)?(tayang|terbit|dimuat|diterbitkan|dipublikasikan)\b.{0,300}$",
    ),
    _rule(
        "advertisement",
        r"^[\W_]*(advertisement|iklan|sponsored|scroll\s+to\s+(continue|resume)\b.*|(gulir|scroll)\s+untuk\b.*"
        r"|(iklan\s*[-–—:|]\s*)?(geser|gulir|scroll)\s+(ke\s+(atas|bawah)\s+)?untuk\b.*"
        r"|advertisement\s+space|space\s+iklan|pasang\s+iklan)[\W_]*$",
    ),
    _rule("google_news", r"(ikuti|baca|simak)\b.{0,80}\bgoogle\s+news\b", literal="google"),
    _rule(
        "more_posts",
        r"^[\W_]*baca\s+(berita|artikel)\b[\w\s]{0,30}\b(lainnya|terkait|menarik)\b.{0,80}$",
    ),
    _rule(
        "share_widget",
        r"^[\W_]*(bagikan|share|bagikan\s+berita|bagikan\s+ke|share\s+this|sebarkan|berbagi)\b"
        r"[\w\s:]{0,40}$",  # "Berbagi ke Sosial Media di bawah ini :"
    ),
    _rule(
        "share_networks",
        r"^((facebook|twitter|whatsapp|telegram|linkedin|email|print|cetak|copy\s+link|salin\s+tautan|line|x)"
        r"[\s,|/]*){1,}$"  # and an image's title with its network under the body: "<title> – facebook"
        r"|^[^.]{1,80}\s[–—-]\s*(facebook|instagram|twitter|youtube|tiktok)$",
    ),
    # WordPress's share buttons as text: "Click to share on Facebook (Opens in new window)".
    _rule(
        "share_button",
        r"^(click\s+to\s+(share|print|email)|klik\s+untuk\s+(berbagi|membagikan|mencetak))\b.{0,60}$",
    ),
    _rule(
        "view_counter",
        r"^[\W_]*(dibaca|dilihat|views?|hits|pembaca)\s*[:\-]?\s*[\d.,]+\s*(kali|x)?[\W_]*$",
    ),
    # "1.507 kali dilihat", "1,507 orang membaca tulisan ini"
    _rule(
        "view_counter_suffix",
        r"^[\W_]*[\d.,]+\s*(kali\s+|orang\s+)?(dilihat|dibaca|views?|pembaca|membaca)"
        r"(\s+(tulisan|artikel|berita|postingan|halaman)\s+ini)?[\W_]*$",
    ),
    # a link alone on its line ("https://diskominfo.contohkab.go.id,"): a source, never prose
    _rule("url_line", r"^[\W_]*((sumber|source|link)\s*:?\s*)?https?://\S+[\W_]*$"),
    _rule(
        "reporter_line",
        r"^[\W_]*(reporter|wartawan|jurnalis|kontributor|liputan)(\s*/\s*[\w .]{1,30})?"
        r"\s*[:\-–]\s*\S.{0,60}$",  # "Reporter/Donggala: Nama"
    ),
    _rule("editor_line", r"^[\W_]*(editor|redaktur|penyunting|editing)\s*[:\-–]\s*\S.{0,60}$"),
    _rule(
        "writer_line",
        r"^[\W_]*(penulis|ditulis\s+oleh|oleh|pewarta|author|sumber|publisher)\s*[:\-–]\s*\S.{0,60}$",
    ),
    # a press office's source note under the body, however long ("Sumber : PPID Pelaksana Biro ... dan
    # dipublis oleh PPID Utama/Humas Pemprov ..."), or the office alone ("Biro Humas dan Protokol X")
    _rule(
        "press_office_source",
        r"^[\W_]*(sumber|source|rilis|release)\s*:.{0,200}\b(humas|ppid|kominfo\w*|diskominfo\w*"
        r"|prokopim|prokompim|protokol|setda|biro)\b.{0,200}$",
    ),
    _rule(
        "press_office_line",
        r"^[\W_]*((biro|bagian|bag\.|sub\s*bagian|tim(\s+(media|liputan|publikasi|redaksi))?)\s+)?"
        r"(dinas\s+)?(humas|prokopim|prokompim|kominfo"
        r"|diskominfo\w*)\b[\w&,./ -]{0,50}(?<!\.)$",  # a sentence ("Humas X menjelaskan ...") ends in "."
    ),
    _rule(
        "photo_caption",
        r"^[\W_]*(\(?\s*(foto|photo|dok|dokumentasi|ilustrasi|gambar|image)\s*[:.]\s*[^)]{0,80}\)?)[\W_]*$",
    ),
    _rule("image_file", r"^\S+\.(jpe?g|png|gif|webp|bmp)\b.{0,40}$"),
    _rule(
        "comment_widget",
        # and a poll widget's empty state: "• Tidak ada polling untuk saat ini." ends like a sentence
        r"^([\W_]*(tidak|belum)\s+ada\s+(polling|jajak\s+pendapat)(\s+untuk\s+saat\s+ini)?"
        r"|[\W_]*there\s+are\s+no\s+polls"
        r"|tinggalkan\s+(balasan|komentar)|komentar|comments?|\d+\s+(komentar|tanggapan)"
        r"|beri\s+komentar|belum\s+ada\s+(komentar|tanggapan)|tulis\s+komentar|batalkan\s+balasan"
        r"|alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan.*|pastikan\s+google\s+captcha.*"
        r"|kirim\s+komentar|post\s+comment)[\W_]*$",
    ),
    # "Diterbitkan tanggal 3 Maret 2025 by admin": the date is read first (`text_dates`), the line dropped.
    _rule(
        "published_line",
        r"^[\W_]*(diterbitkan|dipublikasikan|diposting|diposkan|posted\s+on|published\s+on)\b"
        r"[^.!?]{0,60}\d{4}[^.!?]{0,40}$",
    ),
    # A PHP warning printed into the page ("Warning: call_user_func_array() expects ... on line 286").
    _rule(
        "php_error",
        r"^(warning|notice|deprecated|fatal\s+error|parse\s+error)\s*:.{0,400}\bon\s+line\s+\d+\s*$",
    ),
    _rule("tags_line", r"^(tags?|topik|kata\s+kunci|label)\s*[:#]\s*.{0,200}$"),
    _rule("copy_tag", r"^\(?(copyright|hak\s+cipta|©).{0,120}$"),
    # A site's invitation to follow it elsewhere ("Dapatkan update berita ... saluran WhatsApp kami.").
    _rule(
        "follow_us",
        r"^(dapatkan|ikuti|gabung|bergabung(lah)?|join|follow|yuk)\b.{0,160}\b(whatsapp|telegram|instagram"
        r"|tiktok|youtube|google\s+news)\b.{0,80}$",
    ),
    # A portal's welcome ticker in the header ("Selamat datang di website resmi ...").
    _rule(
        "welcome", r"^selamat\s+datang\s+(di|ke)\s+(website|situs|portal|laman|web|blog)\b.{0,200}$"
    ),
    _rule("lone_symbol", r"^[\W_]{1,3}$"),
    _rule(
        "show_more",
        r"^(show\s+more|tampilkan\s+lebih\s+banyak|selengkapnya|load\s+more|back\s+to\s+top(\s+button)?)$",
    ),
    _rule("print_widget", r"^(cetak|print|pdf|a\+?\s*a-?|ukuran\s+huruf.*)$"),
)

# A line matching one of these ends the body: what follows is related news, comments or footer.
END_MARKERS: tuple[Rule, ...] = (
    _rule(
        "related_news",
        r"^[\W_]*(berita|artikel|post(ingan)?|pos)\s+(terkait|lainnya|terbaru|populer|pilihan)"
        r"[\W_]*(\+?indeks)?$",
    ),
    _rule(
        "related_en",
        r"^[\W_]*(related\s+(posts?|news|articles?)|read\s+next|more\s+stories|you\s+may\s+also\s+like)"
        r"[\W_]*$",
    ),
    _rule(
        "latest_list",
        r"^[\W_]*(terkini|terpopuler|populer|terbaru|trending|rekomendasi|most\s+popular)[\W_]*$",
    ),
    _rule(
        "comment_form",
        # and a poll widget's empty state: "• Tidak ada polling untuk saat ini." ends like a sentence
        r"^([\W_]*(tidak|belum)\s+ada\s+(polling|jajak\s+pendapat)(\s+untuk\s+saat\s+ini)?"
        r"|[\W_]*there\s+are\s+no\s+polls"
        r"|tinggalkan\s+(balasan|komentar)|komentar|kirim\s+komentar|leave\s+a\s+(comment|reply)"
        r"|belum\s+ada\s+(komentar|tanggapan)|tulis\s+komentar"
        r"|discussion\s+about\s+this\s+post)[\W_]*$",
    ),
    # A list of other posts, each under a date-and-time stamp ("20 Januari 2022 Jam 15:47:15").
    _rule(
        "dated_list",
        r"^\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\s*(,|\||-|jam|pukul)?\s*\d{1,2}[:.]\d{2}([:.]\d{2})?\s*(wib|wita|wit)?$",
    ),
    _rule("show_more", r"^(show\s+more|back\s+to\s+top(\s+button)?)$"),
    _rule("recent_posts", r"^[\W_]*(recent|latest|popular)\s+(posts?|news|articles?)[\W_]*$"),
    _rule("pagination", r"^(page|halaman)\s*:?\s*\d{1,2}(\s+\d{1,2})+[\W_]*$"),
    # a call to follow the site's channel under the article: "Berita Terkini, Eksklusif di WhatsApp
    # Kabarcontoh", "+ Gabung", "Tetap Terhubung Dengan Kami:"
    _rule(
        "channel_promo",
        r"^[\W_]*(berita\s+terkini\b.{0,40}\b(whatsapp|telegram|channel|saluran)\b.{0,30}"
        r"|\+\s*gabung|tetap\s+terhubung\s+dengan\s+kami)[\W_]*$",
    ),
    _rule("author_box", r"^(redaksi|tentang\s+penulis|about\s+the\s+author)$"),
    _rule("share_footer", r"^(bagikan(\s+(ke|berita|artikel))?|share(\s+this)?)\s*:?\s*$"),
)

# Site footer text in a text dump: the body ends before a short line holding one of these.
FOOTER_TEXT = re.compile(
    r"(©|\(c\)\s*\d{4}|all rights reserved|hak cipta|hubungi kami|kontak kami|ikuti kami"
    r"|kebijakan privasi|pedoman media siber|tentang kami|powered by|theme by|designed by)",
    re.I,
)
