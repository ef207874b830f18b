"""Engagement types: the fixed vocabulary, its Indonesian labels and the words that signal each type.

Data, not logic (`nlp.engagements` reads it). Patterns are regular expressions matched
case-insensitively on word boundaries. STRONG words name an event ("menggelar rakor"); WEAK words
only suggest one ("menerima", "rapat") and are used when no strong word occurs. The vocabulary and
its mapping follow ../shared/eval/CONVENTIONS.md "Engagements".
"""

from __future__ import annotations

MEETING, INAUGURATION, GRANT = "meeting", "inauguration", "grant"
# "silaturahmi" as local news spells it: silahturahmi, silatuhrahmi, silaturrahim, silaturami ...
SILATURAHMI = r"silah?tu(?:rr?|hr)(?:ah|a|oh|ha)(?:mi|im)"
SOCIALISATION, COORDINATION, CEREMONY, OTHER = "socialisation", "coordination", "ceremony", "other"
EVENT_TYPES = (MEETING, INAUGURATION, GRANT, SOCIALISATION, COORDINATION, CEREMONY, OTHER)

# Labels shown in the UI (Indonesian first, as the interface is bilingual).
LABELS_ID = {
    MEETING: "Pertemuan / audiensi",
    INAUGURATION: "Pelantikan / pengukuhan",
    GRANT: "Hibah / bantuan",
    SOCIALISATION: "Sosialisasi / pelatihan",
    COORDINATION: "Rapat koordinasi",
    CEREMONY: "Upacara / perayaan",
    OTHER: "Lainnya",
}

STRONG: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        INAUGURATION,
        (
            r"pelantikan",
            r"(?:me|di|ter)lantik\w*",
            r"pengukuhan",
            r"mengukuhkan",
            r"dikukuhkan",
            r"pengambilan sumpah",
            r"(?:penyerahan|serah terima) (?:sk|surat keputusan)",
            r"pelantikannya",
            r"sk pengangkatan",
            r"(?:penyerahan|menyerahkan|diserahkan) sk",
            r"diamanahkan menjadi",
            r"mejaya[- ]?jaya",  # a Balinese Hindu board's consecration
            r"ditetapkan (?:menjadi|sebagai) ketua",
        ),
    ),
    (
        GRANT,
        (
            r"hibah",
            r"(?:menyerahkan|diserahkan) bantuan",
            r"penyerahan bantuan",
            r"menyalurkan",
            r"disalurkan",
            r"penyaluran",
            r"santunan",
            r"bantuan (?:dana|sosial|keuangan|operasional|sembako)",
            r"(?:memberikan|diberikan) bantuan",
            r"pemberian bantuan",
            r"nphd",
        ),
    ),
    (
        SOCIALISATION,
        (
            r"sosialisasi",
            r"(?:men|di)sosialisasikan",
            r"pembinaan",
            r"pelatihan",
            r"(?:me|di)latih",
            r"bimtek",
            r"bimbingan teknis",
            r"workshop",
            r"lokakarya",
            r"penyuluhan",
            r"seminar",
            r"webinar",
            r"edukasi",
            r"diklat",
            r"penguatan kapasitas",
            r"peningkatan kapasitas",
            r"capacity building",
            r"pendidikan politik",
            r"pendidikan wawasan kebangsaan",
            r"wawasan kebangsaan",
            r"training",
        ),
    ),
    (
        COORDINATION,
        (
            r"rako+r\w*",  # "rakoor" too
            r"rapat koordinasi",
            r"fgd",
            r"focus group discussion",
            # not "Forum Koordinasi Pimpinan Daerah" spelled out after Forkopimda: a body's name
            r"forum (?:group )?(?:koordinasi|diskusi)(?! pimpinan)",
            r"rapat kerja",
            r"raker\w*",
            r"rapat persiapan",  # a meeting that prepares another event
            r"rapat (?:forum koordinasi pimpinan|forkopim\w*|forkompin\w*|muspida|muspika)",
        ),
    ),
    (
        CEREMONY,
        (
            r"peringatan",
            r"memperingati",
            r"festival",
            r"upacara",
            # an organisation's congress, at any level, opened or attended by the government
            r"mus(?:da|wil|cab|ran|ywil|lok|ancab|ker|kab|kot|prov|kom|nas|pus)(?:lub)?",
            r"musyawarah (?:daerah|wilayah|cabang|anak cabang|ranting|lokal|besar|nasional|adat|kerja|pusat)",
            r"munas(?:lub)?",
            r"mubes",
            r"kongres",
            r"muktamar",
            r"(?:per)?sidang(?:an)? (?:sinode|raya|majelis|tahunan|pleno|ke-?\s?\w+)",
            r"rapat anggota(?: tahunan)?",
            r"tahun kepemimpinan",  # an anniversary of a leader's term
            r"konfer(?:cab|wil|da|ensi)\w*",
            r"milad",
            # an organisation's work meeting opened by an official is its forum's opening, as a
            # Musker is ("membuka secara resmi Rapat Kerja Majelis ..."); a Rakor stays coordination
            r"membuka(?: secara resmi| resmi)?(?: kegiatan| acara)? (?:rapat kerja|raker\w*)",
            r"harlah",
            r"hari jadi",
            r"hut",
            r"ulang tahun",
            r"dies natalis",
            r"peresmian",
            r"(?:me|di)resmikan",
            r"launching",
            r"peluncuran",
            r"(?:me|di)luncurkan",
            r"deklarasi",
            r"(?:men|di)deklarasikan",
            r"pawai",
            r"karnaval",
            r"jambore",
            r"gebyar",
            r"perayaan",
            r"merayakan",
            r"resepsi",
            r"tabligh akbar",
            # religious gatherings and observances, as a tabligh akbar or an istighosah
            r"pengajian",
            r"(?:ber)?munajat",
            r"(?:dzikir|zikir)(?: akbar| bersama)?",
            r"maulid",
            r"isra'? ?mi'?raj",
            r"ibadah(?: bersama| syukur| natal| paskah)?",
            r"kebaktian",
            r"istighosah",
            r"doa bersama",
            r"apel",
            r"pembukaan",
            r"penutupan",
            r"pentas",
            r"lomba",
            r"gelar budaya",
            r"kirab",
            r"expo",
            r"pameran",
            r"penghargaan",
            r"penganugerahan",
            r"syukuran",
            r"tasyakuran",
            r"(?:peletakan|meletakk?an) batu pertama",
            r"groundbreaking",
            r"ground breaking",
        ),
    ),
    (
        MEETING,
        (
            r"(?:ber)?audien(?:si|ce|s)",  # "beraudience" too
            r"rapat dengar pendapat",  # a legislature's hearing
            r"rdp",
            r"(?:ber)?" + SILATURAHMI,
            r"kunjungan(?! kerja)",
            r"berkunjung",
            r"mengunjungi",
            r"dikunjungi",
            r"dialog",
            r"berdialog",
            r"diskusi",
            r"berdiskusi",
            r"coffee morning",
            r"ngopi bareng",
            r"pertemuan",
            r"bertemu",
            r"sarasehan",
            r"temu (?:ramah|wicara|tokoh)",
            r"halal ?bi ?halal",
            r"buka (?:puasa )?bersama",
            r"ramah tamah",
            r"courtesy call",
            r"anjangsana",
            r"jumpa",
            r"tatap muka",
        ),
    ),
)

WEAK: tuple[tuple[str, tuple[str, ...]], ...] = (
    (GRANT, (r"bantuan", r"penyerahan", r"menyerahkan", r"diserahkan", r"donasi")),
    # bare "koordinasi" is as often a quality ("sinergi dan koordinasi") as a meeting
    # a bare "rapat" of the government with organisations is a coordination meeting (a hearing is
    # an audience, above)
    (COORDINATION, (r"(?:ber)?koordinasi(?! pimpinan)", r"rapat")),
    # a working visit frames an event ("dalam kunjungan kerjanya, Gubernur meletakkan batu pertama")
    (
        MEETING,
        (
            r"(?:me|di)nerima",
            r"musyawarah",
            r"menemui",
            r"ditemui",
            r"kunjungan kerja",
            r"kunker",
            r"safari",
        ),
    ),
)

# Words before an event word that make it describe the participants, not name the event
# ("pengurus penerima hibah mengikuti bimtek", "laporan pertanggungjawaban hibah").
DESCRIBING = (
    r"penerima",
    r"pengelola",
    r"pengelolaan",
    r"laporan",
    r"pertanggungjawaban",
    r"calon",
    # an event being prepared or planned is the topic, not the event ("rapat persiapan Musda",
    # "rencana pelaksanaan Musda")
    r"persiapan",
    r"rencana(?:nya)?(?: pelaksanaan)?",
    r"(?:men)?jelang",
)

# An opening or closing names the event it opens when one follows ("meresmikan pembukaan Rapat
# Koordinasi FPK" is the coordination; "pembukaan Musda" stays a ceremony through the Musda).
FRAME = (r"pembukaan", r"penutupan", r"peresmian", r"(?:me|di)resmikan")
FRAMED = r"(?:\s+(?:secara\s+)?resmi)?(?:\s+(?:kegiatan|acara))?\s+"

# A visit to worship with a congregation (a service, Ramadan's tarawih round): the grant it brings,
# reported anywhere in the body, types it (README clarification 11).
WORSHIP = (
    r"ibadah",
    r"kebaktian",
    r"misa",
    r"(?:salat |shalat |sholat )?tarawih",
    r"safari (?:ramad(?:h)?an|jumat|subuh|natal)",
)

# Acts that type an event over the frame they happen in (README clarification 11: a grant handed
# over during a ceremony is a grant; "Rakor dan Pengukuhan pengurus" is an inauguration).
MAIN_ACTS = (INAUGURATION, GRANT)
# ... unless joined to the event as an addition to it: "Milad X dirangkaikan dengan pelantikan
# pengurus" is the anniversary, with an inauguration added ("A dirangkai dengan B": A is the event).
ATTACHED = (r"dirangkai(?:kan)?(?:\s+dengan)?", r"dibarengi(?:\s+dengan)?", r"bersamaan\s+dengan")

# A clause opening with these tells of what came before or after the event ("Setelah membuka
# Rakerwil, Menteri bersilaturahmi ..."): its event words type the event only when nothing else does.
BACKGROUND = (r"setelah", r"usai", r"seusai", r"sebelum(?:nya)?", r"selepas")
# Event words after a request or wish in their clause are asked for, not held ("minta FKUB
# masifkan sosialisasi"); the request words of nlp.lexicons.participation, and title-style "minta".
REQUESTED_EXTRA = (r"minta", r"ajak", r"imbau")
