"""Universities and colleges by the short names the news writes them with ("akademisi dari
Unasman", "mahasiswa Unhas"): the state universities of every province and the large Islamic and
Muhammadiyah universities, plus the heads of college names ("STKIP X", "STIKES Y"). A campus is
an organisation when it takes part (a speaker from it, its students' body, a graduation)."""

from __future__ import annotations

from nlp.lexicons.org_kinds import EDUCATION

# heads of a college's name, each followed by the college's own name ("STKIP Al-Washliyah")
CAMPUS_HEADS: dict[str, str] = dict.fromkeys(
    ["STKIP", "STAI", "STAIN", "STIKES", "STIKes", "STISIP", "STIA", "STIH", "STMIK", "STT"],
    EDUCATION,
)

# state universities, province by province, then national and private ones often named alone;
# two-letter and common-word short forms ("UB", "UM", "UT") are left out as too ambiguous
CAMPUS_KNOWN: dict[str, str] = dict.fromkeys(
    [
        # Sumatera
        "USK",
        "Unsyiah",
        "Unimal",
        "Unsam",
        "USU",
        "Unimed",
        "Unand",
        "UNP",
        "Unri",
        "Unja",
        "Unib",
        "Unsri",
        "Unila",
        "UBB",
        "UMRAH",
        # Jawa and Bali
        "UGM",
        "UNY",
        "UNJ",
        "UPN",
        "Unpad",
        "UPI",
        "ITB",
        "IPB",
        "ITS",
        "Untirta",
        "Undip",
        "Unnes",
        "UNS",
        "Unsoed",
        "Untidar",
        "Unair",
        "Unesa",
        "Unej",
        "Unud",
        "Undiksha",
        # Nusa Tenggara and Kalimantan
        "Unram",
        "Undana",
        "Untan",
        "ULM",
        "Unlam",
        "Unmul",
        "UPR",
        "UBT",
        # Sulawesi, Maluku and Papua
        "Unhas",
        "UNM",
        "Unsrat",
        "Unima",
        "UNG",
        "Untad",
        "UHO",
        "Unsulbar",
        "Unpatti",
        "Unkhair",
        "Uncen",
        "Unipa",
        "Unmus",
        # civil service academies, Islamic and private universities named alone
        "IPDN",
        "STPDN",
        "Unasman",
        "Unismuh",
        "UMY",
        "UMS",
        "UMM",
        "Unissula",
        "Unisba",
        "Unpas",
        "Uinsu",
    ],
    EDUCATION,
)
