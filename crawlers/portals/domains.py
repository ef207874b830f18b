"""Naming rules for official portals, kept as data.

Regency and city portals mostly follow `<name>kab.go.id` / `<name>kota.go.id`; provinces use a
short form (`jabarprov.go.id`). Every entry derived from these rules is `unverified` until a real
fetch (`pantau portals check`) confirms it. EXCEPTIONS holds known departures from the pattern,
keyed by Kemendagri code; it is the place to record what a check finds.
"""

from __future__ import annotations

# province code -> host of the provincial portal (pattern knowledge, not verified by a fetch)
PROVINCE_HOSTS: dict[str, str] = {
    "11": "acehprov.go.id",
    "12": "sumutprov.go.id",
    "13": "sumbarprov.go.id",
    "14": "riau.go.id",
    "15": "jambiprov.go.id",
    "16": "sumselprov.go.id",
    "17": "bengkuluprov.go.id",
    "18": "lampungprov.go.id",
    "19": "babelprov.go.id",
    "21": "kepriprov.go.id",
    "31": "jakarta.go.id",
    "32": "jabarprov.go.id",
    "33": "jatengprov.go.id",
    "34": "jogjaprov.go.id",
    "35": "jatimprov.go.id",
    "36": "bantenprov.go.id",
    "51": "baliprov.go.id",
    "52": "ntbprov.go.id",
    "53": "nttprov.go.id",
    "61": "kalbarprov.go.id",
    "62": "kalteng.go.id",
    "63": "kalselprov.go.id",
    "64": "kaltimprov.go.id",
    "65": "kaltaraprov.go.id",
    "71": "sulutprov.go.id",
    "72": "sultengprov.go.id",
    "73": "sulselprov.go.id",
    "74": "sultraprov.go.id",
    "75": "gorontaloprov.go.id",
    "76": "sulbarprov.go.id",
    "81": "malukuprov.go.id",
    "82": "malutprov.go.id",
    "91": "papua.go.id",
    "92": "papuabaratprov.go.id",
    "93": "papuaselatanprov.go.id",
    "94": "papuatengahprov.go.id",
    "95": "papuapegununganprov.go.id",
    "96": "papuabaratdayaprov.go.id",
}

# regency / city code -> host, where the `<name>kab|kota.go.id` pattern is known not to hold
EXCEPTIONS: dict[str, str] = {
    "31.71": "pusat.jakarta.go.id",
    "31.72": "utara.jakarta.go.id",
    "31.73": "barat.jakarta.go.id",
    "31.74": "selatan.jakarta.go.id",
    "31.75": "timur.jakarta.go.id",
    "31.01": "pulauseribu.jakarta.go.id",
    "32.73": "bandung.go.id",
    "32.71": "kotabogor.go.id",
    "32.76": "depok.go.id",
    "35.78": "surabaya.go.id",
    "34.71": "jogjakota.go.id",
    "12.71": "pemkomedan.go.id",
    "16.71": "palembang.go.id",
    "13.71": "padang.go.id",
    "14.71": "pekanbaru.go.id",
    "21.71": "batam.go.id",
    "36.72": "cilegon.go.id",
    "62.02": "kotimkab.go.id",
}

# words dropped when a region name becomes a host label
NAME_PREFIXES = ("kabupaten administrasi ", "kota administrasi ", "kabupaten ", "kota ")

# province code -> time zone (WITA: Bali, Nusa Tenggara, East/South/North Kalimantan, Sulawesi)
WITA_PROVINCES = frozenset({"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"})
WIT_PROVINCES = frozenset({"81", "82", "91", "92", "93", "94", "95", "96"})


def timezone_for(region_code: str) -> str:
    province = region_code[:2]
    if province in WIT_PROVINCES:
        return "WIT"
    if province in WITA_PROVINCES:
        return "WITA"
    return "WIB"
