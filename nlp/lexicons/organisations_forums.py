"""Regional forums and councils written by their acronym alone, and national bodies the other
lists lack (issue 14's real articles: "FKUB, FKDM, FPK", "Forkopimca Plaosan", "Muspika Kecamatan
X", "MUDP Bali"). A region may follow each, as for every known body."""

from __future__ import annotations

from nlp.lexicons.org_kinds import CSO, EDUCATION, GOV, RELIGIOUS

FORUMS: dict[str, str] = {
    # the leadership forums of a region or district (regional heads, police, military, prosecutor)
    **dict.fromkeys(
        [
            "Forkopimca",
            "Forkopimko",
            "Forkopimkab",
            "Forkopimkap",
            "Forkopimprov",
            "Forkominda",
            "Forkompinda",
            "Forkopimdes",
            "Muspika",
            "Muspida",
            "Muspiko",
        ],
        GOV,
    ),
    # forums the regional Kesbangpol forms with citizens (Permendagri 34/2006, 46/2019)
    **dict.fromkeys(["FKDM", "FPK", "FKPT", "FPK Kecamatan"], CSO),
    # customary councils and citizens' radio bodies
    **dict.fromkeys(["MUDP", "MADN", "ORARI", "RAPI", "LPMK", "LPMD"], CSO),
    # customary councils by their short names: Bali's village council (successor of MUDP) and
    # the customary peoples' councils of Papua and elsewhere; radio amateurs written in title case
    **dict.fromkeys(["MDA", "LMA", "Orari"], CSO),
    # Aceh's and Papua's legislatures and Papua's people's assemblies, named like a DPRD
    **dict.fromkeys(["DPRK", "DPRA", "DPRP", "DPRPB", "MRP", "MRPB"], GOV),
    **dict.fromkeys(["GKST", "BAMAG", "PGGP"], RELIGIOUS),
    **dict.fromkeys(["Lantamal", "Lanal", "BPK RI", "Disperkim", "Dinkominfo"], GOV),
    **dict.fromkeys(["Akmil", "Akpol"], EDUCATION),
    # ministries by their short names, as pages write them ("terdaftar di Kemenkum HAM dan Kemenlu")
    **dict.fromkeys(
        [
            "Kemenlu",
            "Kemenkum",
            "Kemenkum HAM",
            "Kemenkeu",
            "Kemenhan",
            "Kemenaker",
            "Kemnaker",
            "Kementan",
            "Kemendes",
            "Kemendes PDTT",
            "Kemenhub",
            "Kemenperin",
            "Kemendag",
            "Kemenpar",
            "Kemenparekraf",
            "Kemendikdasmen",
            "Kemenko Polhukam",
            "Kemenko PMK",
            "Kemenimipas",
            "Kemenham",
            "KemenPAN-RB",
            "KemenPUPR",
            "Kemen PUPR",
            "KLHK",
        ],
        GOV,
    ),
    # national associations with a branch in every region, known by their acronyms
    **dict.fromkeys(["KAHMI", "Apdesi", "APDESI", "PPDI", "Abpednas", "ABPEDNAS", "ICMI"], CSO),
    # the mosque board, the Quran recitation body and the mosque youth body, in every region
    **dict.fromkeys(["DKM", "LPTQ", "BKPRMI", "IPHI"], RELIGIOUS),
    # Nahdlatul Wathan and its Diniyah Islamiyah branch (Lombok), by their acronyms
    **dict.fromkeys(["NW", "NWDI"], RELIGIOUS),
    # the village and ward community councils; the education office's other short name
    "LPM": CSO,
    "Dispendik": GOV,
    # the prosecution service named alone ("Polri, Kejaksaan, BIN")
    "Kejaksaan": GOV,
}


def upper_forms(known: dict[str, str]) -> dict[str, str]:
    """ "FORKOPIMDA", "KESBANGPOL": a one-word name written in capitals, as headlines and some
    portals do, is the same body (short names only: a long capitalised word is a heading)."""
    return {
        name.upper(): kind
        for name, kind in known.items()
        if " " not in name and not name.isupper() and 4 <= len(name) <= 12
    }
