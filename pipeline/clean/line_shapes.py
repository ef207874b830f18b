"""Shapes of lines above a body that look like prose by their length but are page furniture.

- A run of headlines on one line (a ticker of other posts, a headline with its deck), twenty words
  or more, no sentence end anywhere, and nearly every word capitalised. Indonesian prose lower-cases
  its function and verb words ("yang", "dan", "menghadiri"); on dev 432 no body line without a
  sentence end has more than 83% of its words capitalised, five headline runs have 88% or more.
- A photo caption, by who stands where ("(kiri)") or by its credit ("... Foto/Nama", "(Foto: Humas)").
"""

from __future__ import annotations

import re

_RUN_WORDS = 20
_RUN_CAPITALISED = 0.85
# A photo caption naming who stands where: "Kepala Kantor A (kiri) - Wakil Bupati B (tengah)".
# "(KI)", "(KA)" in capitals are acronyms in the prose (Komisi Informasi), not "kiri" / "kanan".
CAPTION_MARK = re.compile(
    r"\((?!(?-i:K[IA])\))(ki|ka|kiri|kanan|tengah|ki-ka|ka-ki|dari\s+kiri|kiri\s+ke\s+kanan)\)",
    re.I,
)
# A photo caption by its credit: "FOTO: Bupati ...", "... Rabu (5/3/2025). (Foto: Humas)".
PHOTO_CREDIT = re.compile(
    r"^[\W_]*(foto|photo|dok|dokumentasi|ilustrasi)\s*[:|]"
    r"|[(\[]\s*(foto|photo|dok|ist|istimewa)\b[^()\[\]]{0,60}[)\]]\s*$"
    r"|[.)]\s*(foto|photo)\s*[:/–—-]\s*[\w ./]{1,40}$"  # "... (16/7/2025). Foto – Nama Humas"
    # a site in mixed case, a slash, a tag in capitals: "Kabar Contoh / DANA HIBAH - Bupati ..."
    # (a dateline is all capitals: "KABARCONTOH / SUKAMAJU – Pengurus ...")
    r"|^(?=[\w. ]*[a-z])[\w. ]{2,40}\s/\s[A-Z][A-Z ]{2,40}\s-\s",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\"”:;]\s|[.!?\"”)]$")


def is_headline_run(line: str) -> bool:
    """Twenty words or more, no sentence end, nearly all capitalised: headlines, not a paragraph."""
    words = [word for word in line.split() if word[0].isalpha()]
    if len(line.split()) < _RUN_WORDS or _SENTENCE_END.search(line.strip()):
        return False
    return sum(word[0].isupper() for word in words) >= _RUN_CAPITALISED * max(len(words), 1)


# A post's stamp written out as a sentence or a bar of fields: who posted it and when, how often it
# was read ("Diposting oleh Admin pada 3 Maret 2025.", "Kabar — Senin, 3 Maret 2025. Dibaca 120
# kali.", "Posted by: admin | March 3, 2025 | 0 Comments."). Dev 496 has such lines above the body
# of 18 articles and none inside a body.
POST_STAMP = re.compile(
    r"^[\W_]*(published|posted|diposting|diposkan|diterbitkan|dipublikasikan|dipublish|ditulis\s+oleh)\b"
    r"|\b\d[\d.,]*\s*(kali\s+)?(dibaca|dilihat|views?|pembaca|komentar|comments?)\b"
    r"|\b(dibaca|dilihat|views?)\s*:?\s*\d[\d.,]*",
    re.I,
)
_STAMP_WORDS = 30  # a lede may cite a count ("dibaca 3 kali"); a stamp is shorter than a paragraph


def is_post_stamp(line: str) -> bool:
    """A prose-shaped line that is the post's stamp, not the lede."""
    return len(line.split()) < _STAMP_WORDS and bool(POST_STAMP.search(line))


# A dateline with its source or day in brackets and no dash: the place, then a date in figures, a
# site or the public-relations desk that filed it, then the lede ("Sukamaju (12/03) Pemerintah ...",
# "SUKAMAJU, (contoh.go.id) Kepala ...", "Sukamaju (Humas Kemenag Contoh) Masih ..."). An acronym
# after a name ("Pemerintah Kota (Pemkot) Sukamaju") is none of these. The place is a capitalised
# name, never a word of time or a preposition: "Tahun (12/03) lalu ...", "Senin (12/03) Bupati ...",
# "Pada (12/03) ..." open a sentence about a day, not a dateline.
_TIME_WORDS = (
    r"(?:tahun|bulan|tanggal|tgl|hari|pekan|minggu|senin|selasa|rabu|kamis|jum'?at|sabtu|ahad"
    r"|pagi|siang|sore|malam|kemarin|pada|sejak|hingga|sampai|mulai|sebelumnya|periode)"
)
BRACKET_DATELINE = re.compile(
    rf"^(?!{_TIME_WORDS}\b)(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){{0,2}},?\s*\(\s*"
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?:humas|inmas|diskominfo|prokopim|prokompim)\b[^()]{0,40})"
    r"\s*\)\s+[A-Z]",
    re.I,
)
