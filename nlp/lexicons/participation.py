"""Words that tell taking part in an event from being only named (used by `nlp.engagements`).

A mention after one of these words in its sentence is not a participation: a planned event
("akan digelar"), a request to someone ("meminta Dinas ..."), an official represented by someone
else ("mewakili Bupati X"), a programme's backer ("didukung oleh ..."). Regular expressions,
case-insensitive, on word boundaries.
"""

from __future__ import annotations

from nlp.lexicons.events import SILATURAHMI

FUTURE = (
    r"akan",
    r"rencana(?:nya)?",
    r"berencana",
    r"direncanakan",
    r"dijadwalkan",
    r"mendatang",
    r"nantinya",
    r"hendak",
    r"bakal",
    r"ke depan",
)
REQUEST = (
    r"meminta",
    r"mengajak",
    r"mengimbau",
    r"menghimbau",
    r"mendorong",
    r"mengharapkan",
    r"berharap",
    r"menginstruksikan",
    r"menyarankan",
    r"agar",
    r"supaya",
    r"mengingatkan",
    r"menantang",
    r"memerintahkan",
    r"diharapkan",
    r"harapannya",
    r"semoga",
)
REPRESENTED_AFTER = (r"mewakili", r"atas nama", r"selaku wakil dari")  # "Sekda, mewakili Bupati X"
# "Bupati X yang diwakili ...", "Gubernur X melalui Kepala Badan Y ..." (Y acts for X)
REPRESENTED_BEFORE = (r"(?:yang )?diwakili(?: oleh)?", r"berhalangan", r"melalui")
BACKER = (
    r"didukung(?: oleh)?",
    r"didanai(?: oleh)?",
    r"disponsori(?: oleh)?",
    r"dukungan(?: dari)?",
    r"difasilitasi(?: oleh)?",
    # who formed or shelters an organisation is named, not present ("KPPS dibentuk oleh Pemprov")
    r"dibentuk(?: oleh)?",
    r"(?:di bawah )?naungan",
    r"binaan",
    r"sejalan dengan",
    r"visi(?: dan)? misi",
    r"visi",  # "visi Presiden X": the vision's owner is named, not present
    r"arahan",
    r"instruksi",
    r"amanat",
)
# Words that make a sentence report the event itself (someone attends, opens, receives, hands over).
PRESENCE = (
    r"hadir",
    r"menghadiri",
    r"dihadiri",
    r"diikuti",
    r"mengikuti",
    r"peserta",
    r"bersama",
    r"membuka",
    r"dibuka",
    r"menerima",
    r"diterima",
    r"menyerahkan",
    r"diserahkan",
    r"kepada",
    r"dilantik",
    r"melantik",
    r"dikukuhkan",
    r"mengukuhkan",
    r"menggelar",
    r"digelar",
    r"menyelenggarakan",
    r"diselenggarakan",
    r"mendampingi",
    r"didampingi",
    r"turut",
    r"bertemu",
    r"menemui",
    r"penerima",
    r"perwakilan",
    r"unsur",
    r"jajaran",
    r"rombongan",
    r"narasumber",
    r"pemateri",
    r"sambutan",
    r"beraudiensi",
    r"ber" + SILATURAHMI,
    r"mengunjungi",
    r"oleh",
    r"dipimpin",
    r"memimpin",
    r"dipandu",
    r"memandu",
    r"antara lain",
    r"di antaranya",
    r"melalui",
    r"mendapat(?:kan)?",
    r"memperoleh",
    r"dikukuhkan",
    r"dilantiknya",
)
# A sentence with none of these verb shapes is a list running on from the sentence before it
# ("Hadir pula: ... . Ketua X, Kepala Y, ...").
VERB_SHAPE = r"(?:me|di|ber|ter)[a-z]{4,}"  # lower case: capitalised words are names
# Presence words that make an organisation a recipient, not an actor: a government body after them
# is being thanked or given something ("apresiasi kepada KPU").
RECIPIENT = (r"kepada", r"menerima", r"diterima", r"penerima", r"mendapat(?:kan)?", r"memperoleh")
# A sentence about an event still to come: nobody in it takes part yet.
PLANNED = (
    r"(?:akan|rencananya|direncanakan|dijadwalkan|bakal)\s+(?:\w+\s+)?(?:digelar|dilaksanakan|diadakan|"
    r"diselenggarakan|berlangsung|dilantik|dikukuhkan|dihadiri|diikuti)",
    r"(?:bulan|tahun|minggu|pekan) depan",
)
# A venue named after its owner ("di Gedung Serba Guna, Pemkab X", "di Kantor Y"): the owner is a
# place there, not a participant.
VENUE = (
    r"gedung",
    r"aula",
    r"kantor",
    r"ruang",
    r"pendopo",
    r"pendapa",
    r"balai",
    r"rumah",
    r"halaman",
    r"kompleks?",
    r"lapangan",
    r"lantai",
    r"hotel",
    r"wisma",
    r"graha",
    r"sekretariat",
    r"rujab",
    r"rudis",
    r"mess",
    r"asrama",
    r"markas",
    r"mako",
)
# An official named as the owner of a programme or a term, or as the one replaced ("program
# Gubernur X", "di bawah kepemimpinan Bupati Y", "menggantikan Gubernur Z"): named, not present.
OWNER = (
    r"program",
    r"kepemimpinan",
    r"masa jabatan",
    r"era",
    r"periode",
    r"menggantikan",
    r"digantikan",
)
# A government body named in one member's or a former holder's title ("Anggota DPRD X Y hadir",
# "mantan Kepala Dinas Z"): the person takes part, the body does not act through a member.
MEMBER = (r"anggota", r"mantan(?:\s+\S+)?")
# Someone speaking for an organisation at the event ("Ketua FKUB X, Y, menilai ..."): the
# organisation after a leader's title, in a sentence with a speech verb, takes part.
LEADER = (
    r"ketua(?: umum| harian)?",
    r"wakil ketua",
    r"sekretaris(?: umum)?",
    r"bendahara",
    r"direktur",
    r"koordinator",
    r"pimpinan",
    r"perwakilan",
    r"utusan",
    r"pengurus",
    r"anggota",
    r"pembina",
)
# Words opening an adverbial clause before a sentence's subject ("Guna merealisasikan hal
# tersebut, Kesbangpol menggelar ..."): its verbs are not the subject's.
LEADING = (
    r"guna",
    r"untuk",
    r"demi",
    r"dalam rangka",
    r"menindaklanjuti",
    r"sebagai (?:upaya|bentuk|wujud|tindak lanjut)",
    r"dalam upaya",
)
SPEECH = (
    r"mengatakan",
    r"menyatakan",
    r"menyampaikan",
    r"menjelaskan",
    r"menyebut(?:kan)?",
    r"menilai",
    r"menambahkan",
    r"mengungkapkan",
    r"menegaskan",
    r"menuturkan",
    r"mengaku",
    r"berharap",
    r"mengapresiasi",
    r"menyambut",
    r"ujar(?:nya)?",
    r"kata(?:nya)?",
    r"tutur(?:nya)?",
    r"ungkap(?:nya)?",
    r"jelas(?:nya)?",
    r"menurut(?:nya)?",
)
# What a meeting is about: an organisation right after these words is its subject, not a party
# ("membahas kepengurusan FKUB", "terkait pembentukan forum ...").
TOPIC = (
    r"membahas",
    r"dibahas",
    r"pembahasan",
    r"membicarakan",
    r"terkait",
    r"perihal",
    r"mengenai",
    r"tentang",
    r"seputar",
)
# Names whose kind the recogniser left open ("other"): a government office's shape, or a
# civil-society body's head word, decides the side.
GOVERNMENT_SHAPE = (
    r"^(?:Kantor|Dinas|Badan|Pemerintah|Kementer\w*|Kanwil|Sekretariat|Biro|Bagian|Tim)\b.*"
    r"\b(?:Daerah|Kota|Kabupaten|Provinsi|Kecamatan|Kesatuan Bangsa)\b|"
    r"\bKesbang\s?pol\b|^Kesatuan Bangsa\b|^Urusan Agama\b"
)
# A civil-society body's own words anywhere in its name ("Komite Pemuda X", "Seka Teruna Y"): they
# settle an open kind, and overrule a government kind given to a name that is no office's
# ("Badan Komunikasi Pemuda Remaja Masjid", "Pemuda Pancasila (PP)" read as Satpol PP).
CIVIL_WORDS = (
    r"\b(?:Pemuda|Pelajar|Mahasiswa|Santri|Teruna|Taruna|Remaja|Relawan|Jemaat|Umat|Ulama)\b"
)
OFFICE_HEAD = r"^(?:Dinas|Kementer\w*|Kemen\w+|Kantor|Kanwil|Sekretariat|Biro|Bagian|Bidang|Deputi|Pemerintah)\b"
CIVIL_SHAPE = (
    r"^(?:Organisasi|Kerukunan|Ikatan|Persatuan|Himpunan|Paguyuban|Perkumpulan|"
    r"Perhimpunan|Lembaga Adat|Majelis|Gerakan|Aliansi|Komunitas|Laskar|Barisan|Front)\b|"
    + CIVIL_WORDS
    # a branch board of an organisation by its acronym ("DPD IWO", "DPP MABM")
    + r"|^(?:DPP|DPW|DPD|DPC|PW|PD|PC|MPW|MPC)\s+(?-i:(?!RI\b)[A-Z]{3,})\b"
)
# An event dated relative to publication ("menggelar rapat ..., kemarin"): its day is counted
# from the publication date, not taken from a date the body gives for something else.
RELATIVE_DAY = (r"kemarin(?: lusa)?", r"hari ini", r"tadi (?:pagi|siang|sore|malam)")
