"""Words around a region name that tell a place from a venue, an address or a people (kept apart
from nlp.lexicons.places and places_more to keep modules small)."""

from __future__ import annotations

# a region name written inside a name headed by one of these is a venue or an office building
# ("Hotel Grand Asia Makassar", "Aula Kantor Desa Kolono"), not a place of its own
VENUE_WORDS: frozenset[str] = frozenset(
    """Jalan Jl. Jl Jln. Jln Gang Gg. Hotel Gedung Aula Pendopo Pendapa Stadion Terminal Stasiun
    Bandara Pelabuhan Pasar Wisma Graha Kampus Universitas Alun-alun Lapangan lapangan Gelanggang
    Ruang Kantor Balai Taman Plaza Mall Paseban Bangsal Sasana Pringgitan""".split()  # noqa: SIM905
)

# a house of worship named before its address: "Masjid Nurul Huda Desa Sukamaju Kecamatan Cibeber"
# names the mosque, then the village and district it stands in (both places of their own)
WORSHIP_WORDS: frozenset[str] = frozenset(
    """Masjid Mesjid Mushalla Musholla Mushola Musala Surau Langgar Gereja Jemaat GPIB GKI GMIM
    Pura Vihara Klenteng Kelenteng Ponpes Pesantren""".split()  # noqa: SIM905
)

# an island after these names its people ("masyarakat Jawa", "putra Sumatera"), not the island
ISLAND_PEOPLE_HEADS: frozenset[str] = frozenset(
    {"masyarakat", "warga", "putra", "putri", "asal", "orang", "suku", "etnis"}
)

# offices held over a region: a second region joined to the first by "dan" is the office's too
OFFICE_WORDS: frozenset[str] = frozenset(
    """Bupati Wabup Walikota Gubernur Wagub Camat Sekda Kapolres Dandim Kajari Kapolda Danrem
    Kajati""".split()  # noqa: SIM905
)
