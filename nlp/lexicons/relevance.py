"""Words that show an article is about government–civil society engagement (`nlp.relevance`).

An article whose named participants make no engagement (a generic "ormas", "para kiai", an
organisation the NLP stage did not recognise) is still relevant when one sentence names the
government side, the civil-society side and an interaction. Regular expressions, case-insensitive,
on word boundaries.
"""

from __future__ import annotations

GOVERNMENT = (
    r"bupati", r"wakil bupati", r"wabup", r"wali ?kota", r"wakil wali ?kota", r"wawali", r"gubernur",
    r"wagub", r"sekda\w*", r"sekretaris daerah", r"camat", r"lurah", r"kepala desa", r"kades",
    r"pj\.?", r"penjabat", r"pemkab", r"pemkot", r"pemprov", r"pemda", r"pemdes",
    r"pemerintah (?:kabupaten|kota|provinsi|daerah|desa)", r"(?:ba)?kesbang(?:pol| ?pol| linmas)?",
    r"kesatuan bangsa", r"kapolres\w*", r"kapolda", r"kapolsek", r"polres\w*", r"polda", r"polsek",
    r"dandim", r"danrem", r"danramil", r"kodim", r"korem", r"koramil", r"forkopimda", r"forkompinda",
    r"muspika", r"dprd", r"kemenag", r"kementerian agama", r"kakanwil", r"kanwil", r"dinas", r"kadis",
    r"kejari", r"kajari", r"kejaksaan", r"asisten", r"staf ahli", r"menteri", r"wamen",
)
CIVIL_SOCIETY = (
    r"ormas", r"organisasi (?:kemasyarakatan|masyarakat|kepemudaan|keagamaan|perempuan|wanita)",
    r"oms", r"lsm", r"lembaga swadaya", r"ngo", r"fkub", r"mui", r"nu", r"pcnu", r"pwnu", r"mwc",
    r"nahdlatul", r"muhammadiyah", r"aisyiyah", r"ansor", r"banser", r"fatayat", r"muslimat", r"ldii",
    r"persis", r"tokoh (?:agama|masyarakat|adat|pemuda|perempuan|lintas agama)", r"ulama", r"kiai",
    r"kyai", r"habaib", r"pemuka agama", r"alim ulama", r"pendeta", r"pastor", r"uskup", r"gereja",
    r"jemaat", r"sinode", r"klasis", r"majelis (?:taklim|ulama|adat|agama)", r"takmir", r"ta'mir",
    r"pengurus masjid", r"lembaga adat", r"dewan adat", r"masyarakat adat", r"desa adat", r"paguyuban",
    r"karang taruna", r"knpi", r"pemuda pancasila", r"fkdm", r"fpk", r"forum pembauran",
    r"forum komunikasi(?! (?:pimpinan|dan konsultasi))", r"forum kerukunan", r"forum warga", r"komunitas", r"yayasan", r"perkumpulan",
    r"himpunan", r"ikatan", r"kerukunan", r"orari", r"pramuka", r"relawan", r"keluarga besar",
    r"pengurus (?:pusat|besar|cabang|daerah|wilayah|ranting)", r"musyawarah adat", r"pemangku adat", r"masjid",
    r"tempat ibadah", r"rumah ibadah",
)
