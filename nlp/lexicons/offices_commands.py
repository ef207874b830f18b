"""Command titles of police, military and prosecution units: the title, the levels of the region
written after it, the unit it commands ("Kapolres" -> "Polres"). Data for
nlp.lexicons.offices.CLOSED_OFFICES. The "Dan-" (Komandan) family names each unit's commander;
a commander's title is never the first word of a name ("Dandenpom Bone", "Dandenhub")."""

_P = ("province",)
_RC = ("regency", "city")
_D = ("district",)

COMMAND_TITLES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Kapolres", _RC, "Polres"),
    ("Wakapolres", _RC, "Polres"),
    ("Kapolresta", _RC, "Polresta"),
    ("Wakapolresta", _RC, "Polresta"),
    ("Kapolrestabes", _RC, "Polrestabes"),
    ("Dandim", _RC, "Kodim"),
    ("Kajari", _RC, "Kejari"),
    ("Kepala Kejaksaan Negeri", _RC, "Kejaksaan Negeri"),
    ("Kasatpol PP", _RC, "Satpol PP"),
    ("Kalapas", _RC, "Lapas"),
    ("Danlanal", _RC, "Lanal"),
    ("Danlanud", _RC, "Lanud"),
    ("Danlantamal", _RC, "Lantamal"),
    ("Kasdim", _RC, "Kodim"),
    ("Danyonif", _RC, "Yonif"),
    ("Danyon", _RC, "Yon"),
    ("Dandenpom", _RC, "Denpom"),  # military police detachment
    ("Dandempom", _RC, "Denpom"),  # its common misspelling
    ("Dandenhub", _RC, "Denhub"),  # signals detachment
    ("Kapolsek", _D, "Polsek"),
    ("Wakapolsek", _D, "Polsek"),
    ("Danramil", _D, "Koramil"),
    ("Kapolsubsektor", _D, "Polsubsektor"),
    ("Danposal", _D, "Posal"),  # naval post
    ("Kapolda", _P, "Polda"),
    ("Wakapolda", _P, "Polda"),
    ("Danrem", _P, "Korem"),
    ("Pangdam", _P, "Kodam"),
    ("Dankodaeral", _P, "Kodaeral"),
    ("Kajati", _P, "Kejati"),
    ("Kabinda", _P, "Binda"),
    ("Kepala Kejaksaan Tinggi", _P, "Kejaksaan Tinggi"),
    ("Danpomdam", _P, "Pomdam"),  # a Kodam's military police
)
