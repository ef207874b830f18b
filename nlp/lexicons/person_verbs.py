"""Verbs and labels around a person's name: who speaks, acts, stands in or leads; credit labels
whose name is no person of the article."""

# verbs after which the name of who stands in or leads follows ("diwakili Pdt. Maria ...")
STAND_IN_VERBS: frozenset[str] = frozenset(
    {"diwakili", "diwakilkan", "didampingi", "dipimpin", "dipandu", "dimoderatori"}
)

# of those, the ones whose subject is the body the person stands for ("MDA yang diwakili ...")
REPRESENT_VERBS: frozenset[str] = frozenset({"diwakili", "diwakilkan"})

# words after which a nickname follows, not a new person ("akrab disapa Kapolres Anis")
NICKNAME_INTRODUCERS: frozenset[str] = frozenset(
    {"disapa", "dipanggil", "alias", "sapaan", "panggilan"}
)

# verbs saying who heads a body named before them ("FKUB Babel yang dipimpin Budi", "Bawaslu Kaltara,
# yang kini diketuai oleh Yakobus"): the name after them is the body's chair
LED_BY_VERBS: frozenset[str] = frozenset({"diketuai", "dipimpin", "dinakhodai", "dikomandoi"})

# words that may stand between the body and that verb
LED_BY_GAP_WORDS: frozenset[str] = frozenset(
    {
        ",",
        "yang",
        "kini",
        "saat",
        "ini",
        "sekarang",
        "tersebut",
        "periode",
        "masa",
        "bakti",
        "–",
        "-",
    }
)

# words opening an attribution ("Menurut Rudi, Bupati X ..."): the comma after the name ends the
# adverbial, so an office written next starts a new clause and is no apposition of that name
ATTRIBUTION_OPENERS: frozenset[str] = frozenset({"menurut", "bagi"})

# reporters, editors and credits: a name in these contexts is not a person of the article
CREDIT_LABELS: tuple[str, ...] = (
    "Reporter",
    "Editor",
    "Penulis",
    "Pewarta",
    "Redaktur",
    "Fotografer",
    "Foto",
    "Oleh",
    "Kontributor",
    "Penyunting",
    "Sumber",
    "Laporan",
    "Wartawan",
    "Jurnalis",
)

# verbs of saying after which a (short) name refers to the speaker ("kata Tatu", "ungkap Rachmat")
SPEECH_VERBS: frozenset[str] = frozenset(
    [
        "kata",
        "ujar",
        "ucap",
        "ungkap",
        "ungkapnya",
        "jelas",
        "tegas",
        "tandas",
        "imbuh",
        "tambah",
        "terang",
        "papar",
        "tutur",
        "sebut",
        "pinta",
        "harap",
        "ajak",
        "tukas",
        "pungkas",
        "lanjut",
        "menurut",
        "diharapkan",
        "said",  # English paragraphs and quotes
        "says",
        "added",
        "explained",
        "stated",
    ]
)

# passive verbs of saying and the agent word: the name after them is who spoke or acted
# ("Hal itu disampaikan Rosmawati br Tarigan", "diserahkan oleh A. Rahman")
AGENT_VERBS: frozenset[str] = frozenset(
    {
        "disampaikan",
        "dikatakan",
        "diungkapkan",
        "dijelaskan",
        "ditegaskan",
        "dituturkan",
        "diutarakan",
        "dipaparkan",
        "diterangkan",
        "oleh",
    }
)
