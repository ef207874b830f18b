"""Honorifics, academic degrees, police and military ranks, and words that are never part of a name."""

from nlp.lexicons.degrees_ranks import (  # noqa: F401  (re-exported)
    DEGREES,
    RANK_CORPS,
    RANK_CORPS_LETTERS,
    RANKS,
)
from nlp.lexicons.honorifics import ADDRESS_MARKERS, REGIONAL_HONORIFICS, REGIONAL_PERSON_MARKERS
from nlp.lexicons.not_names import NOT_NAME_WORDS  # noqa: F401  (re-exported)

# before a name; dropped from the clean name ("Ir. H. Dede Jaelani" -> "Dede Jaelani")
HONORIFICS: frozenset[str] = frozenset(
    [
        "Ir",
        "Ir.",
        "H",
        "H.",
        "Hj",
        "Hj.",
        "Tb.",  # Tubagus, a Banten noble title
        "TB.",
        "KHR.",
        "Hi.",
        "HM",  # Haji Muhammad, written as one honorific ("HM Saelany")
        "Ec.",  # economics graduate, before the name ("Drs. Ec.")
        "Dr",
        "Dr.",
        "Drs",
        "Drs.",
        "Dra",
        "Dra.",
        "dr",
        "dr.",
        "Prof",
        "Prof.",
        "KH",
        "KH.",
        "K.H.",
        "Ky",
        "Ky.",
        "Kyai",
        "Kiai",
        "Ust",
        "Ust.",
        "Ustadz",
        "Ustaz",
        "Ustadzah",
        "Habib",
        "TGH",
        "Gus",
        "Ny",
        "Ny.",
        "Nyonya",
        "Bapak",
        "Pak",
        "Ibu",
        "Bu",
        "Sdr",
        "Sdr.",
        "Sdri",
        "Sdri.",
        "Bpk",
        "Bpk.",
        "Tuan",
        "Saudara",
        "Saudari",
        "drg",
        "drg.",
        "Hajjah",
        "Haji",
        "Syekh",
        "Buya",
        "Romo",
        "Pendeta",
        "Pdt",
        "Pdt.",
        "Pastor",
        "Bhikkhu",
        "Mgr",
        "Mgr.",
        "Letjen",
        "Mayjen",
        "Brigjen",
        "TGH.",
        "Ondofolo",
        "Ondoafi",
        "Pendeta",
        "Ustadzah",
        "Ust",
        "Kak",  # Scouts address their leaders so ("Kak Dra. Sri ...")
        "Kakak",
    ]
)

# honorifics that mark a person even without an office ("Pendeta Markus ...", "KH. Ahmad ...")
PERSON_MARKERS: frozenset[str] = frozenset(
    [
        "KH",
        "KH.",
        "K.H.",
        "Kyai",
        "Kiai",
        "Ky.",
        "Ustadz",
        "Ustaz",
        "Ustadzah",
        "Ust.",
        "Habib",
        "TGH",
        "TGH.",
        "Pendeta",
        "Pdt.",
        "Pastor",
        "Romo",
        "Bhikkhu",
        "Ondofolo",
        "Ondoafi",
        "Buya",
        "Syekh",
        "Gus",
        "Hj.",
        "H.",
        "Dr.",
        "Drs.",
        "Dra.",
        "Prof.",
        "Ir.",
    ]
)


# lower-case particles allowed inside a name ("Siti binti Ahmad", "Muhammad bin Salman")
# and the Batak "br" / "boru" before a woman's clan name ("Rosita br Ginting")
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binti", "ibni", "van", "de", "al", "el", "br", "boru"}
)


HONORIFICS = HONORIFICS | REGIONAL_HONORIFICS | ADDRESS_MARKERS
# academic titles printed in capitals ("DR H Syarif ...", "DRS. Budi ...")
HONORIFICS = HONORIFICS | {
    t.upper() for t in ("Dr", "Dr.", "Drs", "Drs.", "Dra", "Dra.", "Ir", "Ir.")
}
PERSON_MARKERS = PERSON_MARKERS | REGIONAL_PERSON_MARKERS | ADDRESS_MARKERS

# religious honorifics that mark a person even before a single-word name ("Kiai Hisyam", "Ustadz Malisi")
SINGLE_NAME_HONORIFICS: frozenset[str] = frozenset(
    {
        "Kiai",
        "Kyai",
        "Ustadz",
        "Ustaz",
        "Ustad",
        "Buya",
        "Habib",
        "Romo",
        "Pastor",
        "Pendeta",
        "Pdt",
        "Tuan Guru",
        "TGH",
    }
)
# honorifics that say what a person is when the text gives no other role ("Kiai Hisyam": a kiai,
# "Pdt. Markus": a pastor), in the role's written form; annotators give exactly that
ROLE_HONORIFICS: dict[str, str] = {
    "Kiai": "Kiai",
    "Kyai": "Kyai",
    "KH": "Kyai",
    "K.H": "Kyai",
    "Ustadz": "Ustadz",
    "Ustaz": "Ustadz",
    "Ustad": "Ustadz",
    "Buya": "Buya",
    "Habib": "Habib",
    "Pendeta": "Pendeta",
    "Pdt": "Pendeta",
    "Pastor": "Pastor",
}
