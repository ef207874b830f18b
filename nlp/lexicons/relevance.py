"""Words that show an article is about government–civil society engagement (`nlp.relevance`).

An article whose named participants make no engagement (a generic "ormas", "para kiai", an
organisation the NLP stage did not recognise) is still relevant when one sentence names the
government side, the civil-society side and an interaction. Regular expressions, case-insensitive,
on word boundaries.
"""

from __future__ import annotations

GOVERNMENT = (
    r"bupati",
    r"wakil bupati",
    r"wabup",
    r"wali ?kota",
    r"wakil wali ?kota",
    r"wawali",
    r"gubernur",
    r"wagub",
    r"sekda\w*",
    r"sekretaris daerah",
    r"camat",
    r"lurah",
    r"kepala desa",
    r"kades",
    r"pj\.?",
    r"penjabat",
    r"pemkab",
    r"pemkot",
    r"pemprov",
    r"pemda",
    r"pemdes",
    r"pemerintah (?:kabupaten|kota|provinsi|daerah|desa)",
    r"kepala daerah",  # the regional head, whatever the level
    r"(?:ba)?kesbang(?:pol| ?pol| linmas)?",
    r"kesatuan bangsa",
    r"kapolres\w*",
    r"kapolda",
    r"kapolsek",
    r"polres\w*",
    r"polda",
    r"polsek",
    r"dandim",
    r"danrem",
    r"danramil",
    r"kodim",
    r"korem",
    r"koramil",
    r"forkopimda",
    r"forkompinda",
    r"muspika",
    r"dprd",
    # the regional legislatures of Aceh and Papua ("DPRK Mimika", "DPRA", "DPRP")
    r"dpr[akp]",
    r"kemenag",
    r"kementerian agama",
    r"kakanwil",
    r"kanwil",
    r"dinas",
    r"kadis",
    r"kejari",
    r"kajari",
    r"kejaksaan",
    r"asisten",
    r"staf ahli",
    r"menteri",
    r"wamen",
)
CIVIL_SOCIETY = (
    r"ormas",
    r"organisasi (?:kemasyarakatan|masyarakat|kepemudaan|keagamaan|perempuan|wanita)",
    r"oms",
    r"lsm",
    r"lembaga swadaya",
    r"ngo",
    r"fkub",
    r"mui",
    r"nu",
    r"pcnu",
    r"pwnu",
    r"mwc",
    r"nahdlatul",
    r"muhammadiyah",
    r"aisyiyah",
    r"ansor",
    r"banser",
    r"fatayat",
    r"muslimat",
    r"ldii",
    r"persis",
    r"tokoh (?:agama|masyarakat|adat|pemuda|perempuan|lintas agama)",
    r"ulama",
    r"kiai",
    r"kyai",
    r"habaib",
    r"pemuka agama",
    r"(?:tokoh |umat |peserta )?lintas (?:agama|iman)",  # interfaith leaders, however named
    r"lembaga (?:keagamaan|agama)",
    r"alim ulama",
    r"pendeta",
    r"pastor",
    r"uskup",
    r"gereja",
    # church bodies below and above a congregation
    r"paroki",
    r"stasi",
    r"keuskupan",
    r"majelis jemaat",
    r"persekutuan gereja",
    r"pgi[dw]?",
    r"jemaat",
    r"sinode",
    r"klasis",
    r"majelis (?:taklim|ulama|adat|agama)",
    r"takmir",
    r"ta'mir",
    r"pengurus masjid",
    r"lembaga adat",
    r"dewan adat",
    r"masyarakat adat",
    # customary communities and councils by their own names
    r"(?:lembaga )?masyarakat hukum adat",
    r"kasepuhan",
    r"majelis adat",
    r"lembaga musyawarah adat",
    r"prajuru adat",
    r"desa adat",
    r"paguyuban",
    r"karang ?taruna",
    r"knpi",
    # youth and student bodies (OKP: organisasi kemasyarakatan pemuda)
    r"okp",
    r"bem",
    r"organisasi kemahasiswaan",
    r"cipayung(?: plus)?",
    r"(?:hmi|pmii|gmni|gmki|pmkri|kammi|ipnu|ippnu|imm)",
    r"pemuda pancasila",
    r"fkdm",
    r"fpk",
    r"forum pembauran",
    r"forum komunikasi(?! (?:pimpinan|dan konsultasi))",
    r"forum kerukunan",
    r"forum warga",
    r"komunitas",
    r"yayasan",
    r"perkumpulan",
    r"himpunan",
    r"ikatan",
    # a body of migrants from one region ("Kerukunan Keluarga X", "Kerukunan Warga Y"); bare
    # "kerukunan" is harmony, the topic of much government news ("kerukunan umat beragama")
    r"kerukunan (?:keluarga|warga)",
    r"orari",
    r"pramuka",
    r"relawan",
    r"keluarga besar",
    r"pengurus (?:pusat|besar|cabang|daerah|wilayah|ranting)",
    r"musyawarah adat",
    r"pemangku adat",
    # customary councils and their holders as regional news names them
    r"lembaga kerapatan adat",
    r"kerapatan adat(?: nagari)?",
    r"lkaam",
    r"ninik mamak",
    r"niniak mamak",
    r"latupati",
    r"saniri",
    r"bendesa adat",
    r"kelian adat",
    r"banjar adat",
    r"tetua adat",
    r"ketua adat",
    r"kepala suku(?! (?:dinas|badan))",  # not Jakarta's "Kepala Suku Dinas" (a city unit)
    # religious schools and their communities (a pesantren, an Acehnese dayah)
    r"pondok pesantren",
    r"pesantren",
    r"ponpes",
    r"dayah",
    r"umat (?:islam|muslim|katolik|kristen|protestan|hindu|buddha|budha|konghucu|khonghucu)",
    # an organisation's congress ("hadir dalam Mubes ..."), not a party's or a business chamber's
    r"(?:musda|muscab|muswil|mubes|munas|muskab|muskot|konfercab|konferensi cabang"
    r"|musyawarah (?:besar|daerah|cabang|wilayah|nasional))"
    r"(?![^.,]{0,25}\b(?:partai|golkar|pdi|gerindra|pkb|pks|nasdem|demokrat|pan|ppp|hanura|perindo"
    r"|psi|kadin|hipmi|koni)\b)",
    r"masjid",
    r"tempat ibadah",
    r"rumah ibadah",
)
# Civil-society people named as a group, not a body: listed among a ceremony's guests ("dihadiri
# ... Tokoh Masyarakat dan undangan lainnya") they attend someone else's event, they do not engage
PEOPLE = (
    r"tokoh",
    r"(?:alim )?ulama",
    r"kiai",
    r"kyai",
    r"habaib",
    r"pemuka agama",
    r"pendeta",
    r"pastor",
    r"uskup",
    r"jemaat",
    r"umat",
    r"masyarakat adat",
    r"nini[a]?k mamak",
    r"tetua adat",
    r"ketua adat",
    r"kepala suku",
    r"pemangku adat",
    r"relawan",
)
# Shapes of a civil body whose name the NLP stage may not know (case as written): a youth body
# ("Pemuda Maluku Bersatu", not "Sumpah Pemuda"), a board named before its body ("pengurus
# Keluarga Beso ...", "DPC Granat ..."), not a party's board nor the senate ("DPD RI").
_PARTY = (
    r"(?:Partai|PDI|PDIP|Golkar|Gerindra|PKB|PKS|Nas[Dd]em|Demokrat|PAN|PPP|Hanura|Perindo|PSI"
    r"|PBB|Gelora|Ummat|Garuda|Buruh)\b"
)
_STATE_BODY = (
    r"(?:PKK|TP|Korpri|KORPRI|DWP|Dharma|KONI|BUMDes|Bumdes|BUMD|RI\b|Provinsi|Kabupaten|Kota)"
)
NAMED_SHAPES = (
    r"(?<!Sumpah )\bPemuda(?:\s+(?!Pemudi)[A-Z][\w'-]+)+",
    r"\b[Pp]engurus\s+(?!" + _PARTY + "|" + _STATE_BODY + r")[A-Z][\w'-]+",
    r"\b(?:DPC|DPD|DPW|PAC|PC|PW|MPC|MPW)\s+(?!" + _PARTY + "|" + _STATE_BODY + r")[A-Z][\w'-]+",
)
# Units of an office whose name carries its portfolio ("Kepala Bidang ... Organisasi
# Kemasyarakatan"); a bare "bidang" is as often a topic ("isu strategis bidang ormas").
PORTFOLIO = (
    r"kepala bidang",
    r"kabid",
    r"seksi",
    r"kasi",
    r"sub ?bag(?:ian)?",
    r"kasubag",
    r"direktorat",
    r"direktur",
    r"deputi",
)
