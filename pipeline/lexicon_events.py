"""Event types of government–organisation encounters, with the Indonesian words that signal them.

Data, not logic: `pipeline.engagements` takes the first type (in this order) whose pattern occurs in
the evidence sentence, then the paragraph, then the title. Patterns are regular expressions matched
case-insensitively on word boundaries; more specific events come before generic ones.
"""

from __future__ import annotations

EVENT_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pelantikan", (r"pelantikan", r"(?:me|di)lantik", r"pengukuhan", r"(?:me|di)kukuhkan",
                    r"pengambilan sumpah")),
    ("rakor", (r"rakor\w*", r"rapat koordinasi", r"rakorda", r"rakortek")),
    ("musrenbang", (r"musrenbang\w*", r"musyawarah perencanaan pembangunan")),
    ("audiensi", (r"audiensi", r"beraudiensi", r"menerima kunjungan", r"courtesy call")),
    ("silaturahmi", (r"(?:ber)?silatur+ah(?:mi|im)", r"halal ?bi ?halal", r"ramah tamah",
                     r"buka puasa bersama", r"bukber")),
    ("hibah", (r"hibah", r"dana bantuan", r"bantuan keuangan", r"(?:menyerahkan|penyerahan) bantuan")),
    ("penandatanganan", (r"penandatanganan", r"nota kesepahaman", r"mou", r"perjanjian kerja ?sama",
                         r"(?:menandatangani|ditandatangani)")),
    ("pembinaan", (r"pembinaan", r"(?:mem|di)bina")),
    ("sosialisasi", (r"sosialisasi", r"(?:men|di)sosialisasikan")),
    ("workshop", (r"workshop", r"bimtek", r"bimbingan teknis", r"pelatihan", r"lokakarya",
                  r"diklat", r"capacity building", r"peningkatan kapasitas")),
    ("festival", (r"festival", r"pameran", r"expo", r"gebyar", r"jambore", r"karnaval")),
    ("seminar", (r"seminar", r"webinar", r"simposium", r"kuliah umum")),
    ("dialog", (r"dialog", r"diskusi", r"fgd", r"focus group discussion", r"sarasehan",
                r"temu wicara", r"rembuk", r"rembug", r"forum group")),
    ("konferensi", (r"konferensi", r"konfer(?:cab|da|wil)", r"musyawarah (?:daerah|cabang|wilayah)",
                    r"mus(?:cab|da|wil|ran)", r"rakerda", r"rakercab", r"rapat kerja")),
    ("perayaan", (r"milad", r"resepsi", r"hari jadi", r"hut", r"harlah", r"peringatan",
                  r"ulang tahun")),
    ("deklarasi", (r"deklarasi", r"ikrar", r"apel kebangsaan")),
    ("peresmian", (r"peresmian", r"(?:me|di)resmikan", r"launching", r"peluncuran")),
    ("penghargaan", (r"penghargaan", r"apresiasi", r"anugerah")),
    ("kunjungan", (r"kunjungan kerja", r"kunker", r"berkunjung", r"mengunjungi", r"kunjungan",
                   r"meninjau", r"peninjauan")),
    ("rapat", (r"rapat", r"pertemuan", r"bertemu", r"menggelar pertemuan", r"musyawarah")),
    ("kegiatan_bersama", (r"gotong royong", r"bakti sosial", r"baksos", r"kerja bakti",
                          r"jalan sehat", r"doa bersama", r"istighosah", r"pengajian")),
)

OTHER = "lainnya"  # an encounter with no signal word

# The fixed vocabulary of engagement types (CONVENTIONS.md "Engagements").
VOCABULARY = ("meeting", "inauguration", "grant", "socialisation", "coordination", "ceremony", "other")
