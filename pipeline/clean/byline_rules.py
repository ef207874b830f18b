"""Credits, bylines and datelines, kept as named data: a closing credit tag ("(Humas Malteng)"), a
byline run on after the body, reporter / editor / writer fragments of a metadata line, names that
are institutions, and the dateline opening a body. `pipeline.clean.boilerplate`, `metadata`,
`from_text` and `assemble` use them."""

from __future__ import annotations

import re

# Closing credit at the very end of the body: a short bracketed tag, "(Prokompim)", "(Humas Malteng)",
# "(Kominfo Pringsewu)", "(adv)", "(ant/jpnn)", "(Rls/Red)", "(*)", "(kn-2)", "(ADV/Diskominfo)".
# Group 1 is the tag's text; nothing but spaces may follow the closing bracket (a "(Kesbangpol)." that
# ends a sentence is prose). See `boilerplate.strip_credit` for when a match is a credit.
CREDIT_TAG = re.compile(
    r"\s*[(\[]\s*((?:(?:[\w*]{1,15}\s*/\s*)?(?:sumber|foto|teks|foto\s*/\s*teks|rilis|editor|penulis"
    r"|reporter)\s*:\s*)?"  # "(Abc/Foto: Tim Humas)": the writer's code before a labelled credit
    r"[^()\[\]!?:;\"“”]{1,60}?)\s*[)\]]\.?\s*$",  # "[site – abc].", "... adil. (AB-CD)."
    re.I,
)

# A labelled tag ("(Sumber: Diskominfo)", "(Foto/Teks: Humas)") is a credit by its label.
CREDIT_LABEL = re.compile(r"^[^:]{1,15}:\s*")

# The shape of a credit's text: up to four short tokens joined by spaces, "/", "-", "&" or ",".
CREDIT_TEXT = re.compile(
    r"^(\*+/?|[\w*]{1,15}(?:\s*[/&,–-]\s*[\w*]{1,15}|\.[\w*]{1,15}|\.?\s+[\w*]{1,15}){0,4}"
    r"|[\w*.]{1,15}(?:\s*/\s*[\w*.]{1,15}){1,6})$"
)  # "(Diskominfo / dok.cup / pb.wan / fa2)"

# Without sentence punctuation before it, a tag is a credit only if it reads like one: a code
# ("ant/jpnn", "kn-2", "*"), a lower-case handle ("wda"), or it starts with a credit word.
# A writer's short handle in Title Case ("(Fudz)") too: an acronym in the prose is in capitals.
CREDIT_CODE = re.compile(r"^(\*+/?|[^/]+/.+|[a-z]{1,5}-?\d{1,3}|[a-z]{2,5}|[A-Z][a-z]{1,4})$")

CREDIT_WORDS = frozenset(
    {
        "humas",
        "kominfo",
        "diskominfo",
        "diskominfotik",
        "diskominfosp",
        "prokompim",
        "prokopim",
        "adv",
        "advertorial",
        "rls",
        "rilis",
        "red",
        "ant",
        "antara",
        "mc",
        "setda",
        "protokol",
        "bagprokompim",
        "pemkab",
        "pemkot",
        "pemprov",
        "redaksi",
        "sumber",
        "foto",
    }
)

# A bracketed word that ends a sentence as often as it credits one: never a credit on its own.
CREDIT_TAG_KEEP = frozenset(
    {"ormas", "oms", "lsm", "fkub", "opd", "dprd", "ri", "pkk", "bumd", "apbd"}
)

# A byline run on after the last sentence ("... tiga bulan. Editor: Rina Kurniasih").
TRAILING_BYLINE = re.compile(
    r"(?<=[.!?\"”])\s*(editor|redaktur|penulis|pewarta|reporter|wartawan|laporan|sumber)"
    r"\s*:\s*[^.!?:]{1,50}$",
    re.I,
)

# A photo credit behind a camera sign after the last sentence ("... ujarnya. 📷 @akun_contoh").
TRAILING_PHOTO = re.compile(r"(?<=[.!?\"”])\s*[📷📸]\s*\S.{0,50}$")

SENTENCE_END = (".", "!", "?", '"', "”", "’", "'")

# Inline reporter / editor fragments found in a metadata line ("Reporter: A Editor: B 820").
_NAME_STOP = r"(?=\s+(?:reporter|wartawan|editor|redaktur|foto|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|\d)|\s*[|,\n]|$)"

REPORTER_INLINE = re.compile(r"\b(?:reporter|wartawan|pewarta)\s*[:\-–]\s*(.+?)" + _NAME_STOP, re.I)

EDITOR_INLINE = re.compile(r"\b(?:editor|redaktur|penyunting)\s*[:\-–]\s*(.+?)" + _NAME_STOP, re.I)

WRITER_INLINE = re.compile(
    r"\b(?:penulis|oleh|ditulis\s+oleh|pewarta|author)\s*[:\-–]?\s*(.+?)(?=\s+(?:editor|\||\d|di\s|pada\s)|[|,\n]|$)",
    re.I,
)

# Every match of the three patterns above contains one of these (a cheap test before they run).
BYLINE_WORDS = (
    "reporter",
    "wartawan",
    "pewarta",
    "editor",
    "redaktur",
    "penyunting",
    "penulis",
    "oleh",
    "author",
)

# Author names that are institutions, not persons.
INSTITUTION_WORDS = frozenset(
    {
        "humas",
        "diskominfo",
        "kominfo",
        "admin",
        "administrator",
        "redaksi",
        "redaktur",
        "tim",
        "team",
        "bidang",
        "kip",
        "dinas",
        "biro",
        "bagian",
        "prokopim",
        "protokol",
        "pemkab",
        "pemkot",
        "pemprov",
        "setda",
        "diskominfotik",
        "diskominfosp",
        "diskominfostandi",
        "mc",
        "media",
        "center",
        "webmaster",
        "operator",
        "kontributor",
        "editor",
        "desk",
        "newsroom",
        "official",
    }
)

# Dateline at the start of the body: "SERANG –", "SABBA.ID | LEBAK –", "Mataram, NTB (ANTARA News) -".
DATELINE = re.compile(
    r"^((?:[A-Z][A-Za-z.]*\.?(?:[A-Z.]+)?\s*\|\s*)?[A-Z][A-Z .'’/]{2,40}?(?:,\s*[A-Za-z. ]{2,30})?"
    r"(?:\s*\([^)]{2,30}\))?\s*[–—-]{1,2})\s+(?=\S)"
)

DATELINE_MIXED = re.compile(
    r"^([A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z][A-Za-z ]{1,20}\s*\([^)]{2,30}\)\s*[–—-])\s+"
)
