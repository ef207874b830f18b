"""Demo portal B: the (fictional) news section of a regency government portal, Kabupaten Pandeglang.

Government portals carry no dateline or credit; the author is the communications unit.
"""

from __future__ import annotations

from pantau.demo.content.gold import date, official, org, person, place
from pantau.demo.model import PortalSpec

PORTAL = PortalSpec(
    name="demo-pandeglang",
    title="Pemerintah Kabupaten Pandeglang",
    domain="pandeglangkab.example",
    shape="cms",
    province="Banten",
    region_code="36.01",
    kind="regency",
    discovery=("listing",),
    site_type="district_gov_portal",
    listing_paths=("/berita",),
    article_pattern=r"/berita/detail/\d+/[a-z0-9-]+$",
    tagline="Portal resmi Pemerintah Kabupaten Pandeglang",
)
FIRST_NUMBER = 4101

_BUPATI = official(
    "Ahmad Fauzan Hidayat", "Bupati", "Kabupaten Pandeglang", ("Fauzan", "Bupati"),
    "H. Ahmad Fauzan Hidayat, S.H., M.H.",
)
_WABUP = official(
    "Neneng Kurniasih", "Wakil Bupati", "Kabupaten Pandeglang", ("Neneng", "Wabup"),
    "Dra. Hj. Neneng Kurniasih, M.Pd",
)
_SEKDA = official(
    "Budi Santosa Wiradikarta", "Sekretaris Daerah", "Kabupaten Pandeglang", ("Sekda", "Budi"),
    "Ir. H. Budi Santosa Wiradikarta, MM",
)
_KESBANGPOL_HEAD = official(
    "Endang Suherman", "Kepala Badan Kesbangpol", "Kabupaten Pandeglang", ("Endang",),
    "Drs. Endang Suherman, M.Si",
)
_PANDEGLANG = place("Kabupaten Pandeglang", "regency", "36.01", ("Pandeglang",))
_PEMKAB = org("Pemerintah Kabupaten Pandeglang", None, "government_agency", ("Pemkab Pandeglang",))
_PP = org("MPC Pemuda Pancasila Pandeglang", None, "ormas_cso", ("Pemuda Pancasila",))

ARTICLES = [
    {
        "slug": "kesbangpol-pandeglang-gelar-rakor-ormas-dorong-pendataan-ulang-organisasi",
        "title": "Kesbangpol Pandeglang Gelar Rakor Ormas, Dorong Pendataan Ulang Organisasi",
        "published": "2023-09-13T10:15:00+07:00",
        "author": "Bidang IKP",
        "category": "Berita Daerah",
        "tags": ["Ormas", "Kesbangpol"],
        "province": "Banten",
        "body": [
            "Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Pandeglang menggelar rapat koordinasi (rakor) bersama puluhan organisasi kemasyarakatan (Ormas) se-Kabupaten Pandeglang di Aula Pendopo, Selasa (12/9/2023). Rakor tersebut membahas pendataan ulang Ormas yang masih aktif serta kewajiban pelaporan kegiatan setiap tahun.",
            "Kepala Badan Kesbangpol Pandeglang, Drs. Endang Suherman, M.Si, mengatakan dari 214 Ormas yang tercatat, baru sekitar separuhnya yang memperbarui data kepengurusan. “Kami tidak ingin membatasi gerak Ormas. Justru dengan data yang rapi, pemerintah daerah lebih mudah melibatkan mereka dalam program pembangunan,” ujarnya.",
            "Endang menambahkan, pendataan dilakukan secara daring melalui aplikasi yang disiapkan Kesbangpol dan dapat diakses dari kantor kecamatan. Ormas yang kesulitan mengisi data dapat meminta pendampingan petugas di tiap kecamatan.",
            "Rakor dibuka oleh Sekretaris Daerah (Sekda) Pandeglang, Ir. H. Budi Santosa Wiradikarta, MM. Dalam sambutannya, Sekda meminta Ormas menjaga kondusivitas daerah menjelang tahapan Pemilu 2024. “Perbedaan pilihan itu wajar, tetapi jangan sampai memecah persaudaraan di tengah masyarakat,” kata Budi.",
            "Hadir pula perwakilan Polres Pandeglang, Kodim 0601/Pandeglang dan Kejaksaan Negeri Pandeglang. Ketua MPC Pemuda Pancasila Pandeglang, Dedi Kurnia Sandi, menyambut baik pendataan ulang tersebut. Menurutnya, organisasi yang dipimpinnya siap menjadi contoh dalam tertib administrasi.",
            "“Kami sudah menyerahkan struktur pengurus sampai tingkat ranting. Harapannya Ormas lain juga melakukan hal yang sama supaya tidak ada lagi nama organisasi yang dipakai oknum untuk kepentingan pribadi,” tuturnya.",
        ],
        "gold": {
            "officials": [_KESBANGPOL_HEAD, _SEKDA],
            "persons": [person("Dedi Kurnia Sandi", "Ketua MPC Pemuda Pancasila Pandeglang")],
            "organisations": [
                org("Badan Kesatuan Bangsa dan Politik Kabupaten Pandeglang", "Kesbangpol", "government_agency", ("Badan Kesbangpol Pandeglang",)),
                org("Polres Pandeglang", None, "government_agency"),
                org("Kodim 0601/Pandeglang", None, "government_agency"),
                org("Kejaksaan Negeri Pandeglang", None, "government_agency"),
                _PP,
            ],
            "places": [_PANDEGLANG],
            "dates": [date("Selasa (12/9/2023)", "2023-09-12")],
            "notes": ["'Aula Pendopo' is a venue; 'Pemilu 2024' is not day-precise."],
        },
    },
    {
        "slug": "terima-audiensi-pcnu-bupati-pandeglang-siap-libatkan-pesantren-tangani-stunting",
        "title": "Terima Audiensi PCNU, Bupati Pandeglang Siap Libatkan Pesantren Tangani Stunting",
        "published": "2024-04-29T15:20:00+07:00",
        "author": "Bidang IKP",
        "category": "Berita Daerah",
        "tags": ["PCNU", "Stunting"],
        "province": "Banten",
        "body": [
            "Bupati Pandeglang H. Ahmad Fauzan Hidayat, S.H., M.H., menerima audiensi jajaran Pengurus Cabang Nahdlatul Ulama (PCNU) Kabupaten Pandeglang di ruang kerjanya, Senin (29/4). Pertemuan itu membahas kerja sama penanganan stunting dan pemberdayaan ekonomi pesantren.",
            "Ketua PCNU Pandeglang, KH. Abdul Rosyid Syafei, menyampaikan bahwa lebih dari 300 pondok pesantren di bawah naungan NU siap menjadi mitra pemerintah daerah. “Pesantren punya jaringan sampai ke kampung-kampung. Kalau informasi gizi disampaikan lewat pengajian, masyarakat lebih mudah menerima,” ungkapnya.",
            "Fauzan mengapresiasi tawaran tersebut. Ia meminta Dinas Kesehatan dan Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Pandeglang menindaklanjuti dengan menyusun program bersama yang bisa dimulai tahun ini.",
            "“Kami tidak bisa bekerja sendiri. Angka stunting di Pandeglang harus turun, dan NU memiliki kekuatan di akar rumput,” kata Bupati.",
            "Dalam audiensi tersebut, PCNU juga melaporkan rencana Konferensi Cabang yang akan digelar di Kecamatan Menes pada pertengahan tahun. Bupati menyatakan Pemkab Pandeglang siap mendukung penyelenggaraan kegiatan tersebut.",
            "Turut mendampingi Bupati, Kepala Kantor Kementerian Agama (Kemenag) Pandeglang H. Mulyana Hasan, M.Ag, serta Kepala DPMD Pandeglang Iwan Kurniawan, S.STP, M.Si.",
        ],
        "gold": {
            "officials": [
                _BUPATI,
                official("Mulyana Hasan", "Kepala Kantor Kementerian Agama", "Kabupaten Pandeglang", (), "H. Mulyana Hasan, M.Ag"),
                official("Iwan Kurniawan", "Kepala DPMD", "Kabupaten Pandeglang", (), "Iwan Kurniawan, S.STP, M.Si"),
            ],
            "persons": [person("Abdul Rosyid Syafei", "Ketua PCNU Pandeglang", "KH. Abdul Rosyid Syafei")],
            "organisations": [
                org("Pengurus Cabang Nahdlatul Ulama Kabupaten Pandeglang", "PCNU", "religious", ("PCNU Pandeglang",)),
                org("Nahdlatul Ulama", "NU", "religious"),
                org("Dinas Kesehatan", None, "government_agency"),
                org("Dinas Pemberdayaan Masyarakat dan Desa Pandeglang", "DPMD", "government_agency", ("DPMD Pandeglang",)),
                org("Kantor Kementerian Agama Pandeglang", "Kemenag", "government_agency"),
                _PEMKAB,
            ],
            "places": [place("Kecamatan Menes", "district", "36.01.13"), _PANDEGLANG],
            "dates": [date("Senin (29/4)", "2024-04-29", "publication")],
        },
    },
    {
        "slug": "sosialisasi-uu-ormas-digelar-di-menes-camat-ajak-ormas-jaga-ketertiban",
        "title": "Sosialisasi UU Ormas Digelar di Menes, Camat Ajak Ormas Jaga Ketertiban",
        "published": "2023-09-01T09:00:00+07:00",
        "author": "Bidang IKP",
        "category": "Berita Kecamatan",
        "tags": ["Ormas", "Sosialisasi"],
        "province": "Banten",
        "body": [
            "Badan Kesbangpol Kabupaten Pandeglang menggelar sosialisasi Undang-Undang tentang Organisasi Kemasyarakatan kepada pengurus Ormas dan tokoh pemuda di Kecamatan Menes, kamis tanggal 31 Agustus 2023. Kegiatan berlangsung di aula kantor kecamatan dan diikuti sekitar 80 peserta.",
            "Camat Menes, Yayan Sopyan, S.Sos, menyebut sosialisasi ini penting agar pengurus Ormas memahami hak dan kewajibannya. “Banyak yang belum tahu bahwa Ormas wajib memiliki AD/ART dan melaporkan perubahan pengurus. Ini bukan untuk mempersulit, tetapi untuk melindungi organisasi itu sendiri,” ucapnya.",
            "Materi disampaikan oleh Kepala Bidang Politik Dalam Negeri dan Ormas Kesbangpol Pandeglang, Siti Nurjanah, S.IP. Ia menjelaskan tata cara pendaftaran Ormas, mekanisme Surat Keterangan Terdaftar (SKT), hingga sanksi bagi organisasi yang melanggar ketentuan.",
            "Kepala Desa Alaswangi, Maman Suparman, yang hadir sebagai peserta berharap kegiatan serupa dilakukan hingga tingkat desa. Menurutnya, di Desa Alaswangi terdapat beberapa kelompok pemuda yang ingin membentuk organisasi namun belum memahami prosedurnya.",
            "Kapolsek Menes, AKP Darmawan Syah, turut memberikan arahan terkait peran Ormas dalam menjaga keamanan lingkungan. “Kami membuka pintu bagi Ormas yang ingin bekerja sama menjaga kampung, asalkan tidak main hakim sendiri,” tegas Darmawan.",
        ],
        "gold": {
            "officials": [
                official("Yayan Sopyan", "Camat", "Kecamatan Menes", (), "Yayan Sopyan, S.Sos"),
                official("Siti Nurjanah", "Kepala Bidang Politik Dalam Negeri dan Ormas", "Kabupaten Pandeglang", (), "Siti Nurjanah, S.IP"),
                official("Maman Suparman", "Kepala Desa", "Desa Alaswangi"),
                official("Darmawan Syah", "Kapolsek", "Polsek Menes", ("Darmawan",), "AKP Darmawan Syah"),
            ],
            "persons": [],
            "organisations": [
                org("Badan Kesbangpol Kabupaten Pandeglang", None, "government_agency", ("Kesbangpol Pandeglang",)),
            ],
            "places": [
                place("Kecamatan Menes", "district", "36.01.13"),
                place("Desa Alaswangi", "village", "36.01.13.2001"),
            ],
            "dates": [date("kamis tanggal 31 Agustus 2023", "2023-08-31")],
            "notes": ["'Undang-Undang tentang Organisasi Kemasyarakatan' is a law, not an organisation."],
        },
    },
    {
        "slug": "wabup-pandeglang-hadiri-pelantikan-pengurus-dpd-knpi-masa-bakti-2023-2026",
        "title": "Wabup Pandeglang Hadiri Pelantikan Pengurus DPD KNPI Masa Bakti 2023-2026",
        "published": "2023-11-18T20:05:00+07:00",
        "author": "Bidang IKP",
        "category": "Berita Daerah",
        "tags": ["KNPI", "Kepemudaan"],
        "province": "Banten",
        "body": [
            "Wakil Bupati Pandeglang, Dra. Hj. Neneng Kurniasih, M.Pd, menghadiri pelantikan pengurus Dewan Pengurus Daerah Komite Nasional Pemuda Indonesia (DPD KNPI) Kabupaten Pandeglang masa bakti 2023-2026 di Gedung Pendopo Pandeglang, Sabtu (18/11/2023).",
            "Pengurus yang dilantik dipimpin oleh Rizki Maulana Akbar sebagai ketua. Pelantikan dilakukan oleh Ketua DPD KNPI Provinsi Banten, Fahmi Ramadhan, dan disaksikan para ketua organisasi kepemudaan se-Kabupaten Pandeglang.",
            "Dalam sambutannya, Neneng berharap KNPI menjadi rumah bersama bagi organisasi kepemudaan yang beragam. “Pemuda Pandeglang punya energi besar. Salurkan energi itu untuk kegiatan yang produktif, misalnya pelatihan wirausaha dan gerakan literasi,” ujar Wabup.",
            "Rizki menyatakan kepengurusan baru akan memprioritaskan program pelatihan kewirausahaan bagi pemuda desa yang bekerja sama dengan Dinas Pemuda dan Olahraga (Dispora) Pandeglang. Selain itu, KNPI akan membuka posko pengaduan bagi pemuda yang menjadi korban penipuan kerja di luar daerah.",
            "“Kami ingin KNPI tidak hanya ramai saat pelantikan. Setiap bulan akan ada kegiatan nyata yang bisa dirasakan pemuda di 35 kecamatan,” kata Rizki.",
            "Acara tersebut juga dihadiri Ketua DPRD Pandeglang, H. Tubagus Asep Mulyadi, serta perwakilan Forkopimda.",
        ],
        "gold": {
            "officials": [
                _WABUP,
                official("Tubagus Asep Mulyadi", "Ketua DPRD", "Kabupaten Pandeglang", (), "H. Tubagus Asep Mulyadi"),
            ],
            "persons": [
                person("Rizki Maulana Akbar", "Ketua DPD KNPI Kabupaten Pandeglang", aliases=("Rizki",)),
                person("Fahmi Ramadhan", "Ketua DPD KNPI Provinsi Banten"),
            ],
            "organisations": [
                org("Dewan Pengurus Daerah Komite Nasional Pemuda Indonesia Kabupaten Pandeglang", "DPD KNPI", "ormas_cso", ("KNPI",)),
                org("DPD KNPI Provinsi Banten", None, "ormas_cso"),
                org("Dinas Pemuda dan Olahraga Pandeglang", "Dispora", "government_agency"),
                org("DPRD Pandeglang", None, "government_agency"),
                org("Forkopimda", None, "government_agency"),
            ],
            "places": [_PANDEGLANG],
            "dates": [date("Sabtu (18/11/2023)", "2023-11-18")],
            "notes": ["'Tubagus' is kept as part of the name, as 'Ratu' is in the seeds."],
        },
    },
    {
        "slug": "pemkab-pandeglang-salurkan-hibah-untuk-42-lembaga-keagamaan-dan-ormas",
        "title": "Pemkab Pandeglang Salurkan Hibah untuk 42 Lembaga Keagamaan dan Ormas",
        "published": "2023-12-20T14:30:00+07:00",
        "author": "Bagian Prokopim",
        "category": "Berita Daerah",
        "tags": ["Hibah", "Ormas"],
        "province": "Banten",
        "body": [
            "Pemerintah Kabupaten (Pemkab) Pandeglang menyalurkan dana hibah kepada 42 lembaga keagamaan dan organisasi kemasyarakatan tahun anggaran 2023. Penandatanganan Naskah Perjanjian Hibah Daerah (NPHD) berlangsung di Aula Setda Pandeglang, Rabu (20/12/2023).",
            "Sekda Pandeglang Budi Santosa Wiradikarta menjelaskan, hibah diberikan setelah melalui verifikasi proposal oleh tim dari Bagian Kesejahteraan Rakyat (Kesra) Setda Pandeglang dan Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD). “Semua penerima sudah memenuhi syarat, termasuk berbadan hukum dan berdomisili di Pandeglang minimal tiga tahun,” kata Budi.",
            "Penerima hibah antara lain Majelis Ulama Indonesia (MUI) Kabupaten Pandeglang, Pimpinan Daerah Muhammadiyah (PDM) Pandeglang, Pengurus Cabang Fatayat NU Pandeglang dan Lembaga Dakwah Islam Indonesia (LDII) Pandeglang.",
            "Budi mengingatkan penerima agar menggunakan dana sesuai rencana anggaran yang diajukan dan menyampaikan laporan pertanggungjawaban paling lambat satu bulan setelah kegiatan selesai. Inspektorat, katanya, akan melakukan pemeriksaan secara acak.",
            "Ketua MUI Pandeglang, KH. Encep Mahmudin, mewakili para penerima menyampaikan terima kasih. “Insyaallah dana ini kami pakai untuk pembinaan dai dan pelatihan imam masjid di pelosok, terutama di wilayah selatan seperti Cikeusik dan Cibaliung,” ujarnya.",
        ],
        "gold": {
            "officials": [
                official("Budi Santosa Wiradikarta", "Sekda", "Kabupaten Pandeglang", ("Budi",)),
            ],
            "persons": [person("Encep Mahmudin", "Ketua MUI Pandeglang", "KH. Encep Mahmudin")],
            "organisations": [
                _PEMKAB,
                org("Bagian Kesejahteraan Rakyat Setda Pandeglang", "Kesra", "government_agency"),
                org("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "government_agency"),
                org("Majelis Ulama Indonesia Kabupaten Pandeglang", "MUI", "religious", ("MUI Pandeglang",)),
                org("Pimpinan Daerah Muhammadiyah Pandeglang", "PDM", "religious"),
                org("Pengurus Cabang Fatayat NU Pandeglang", None, "religious"),
                org("Lembaga Dakwah Islam Indonesia Pandeglang", "LDII", "religious"),
                org("Inspektorat", None, "government_agency"),
            ],
            "places": [
                _PANDEGLANG,
                place("Cikeusik", "district", "36.01.04"),
                place("Cibaliung", "district", "36.01.03"),
            ],
            "dates": [date("Rabu (20/12/2023)", "2023-12-20")],
            "notes": ["Cikeusik is also a desa in Kecamatan Cikeusik; 'wilayah selatan' reads as the kecamatan."],
        },
    },
    {
        "slug": "jelang-pemilu-forkopimda-pandeglang-silaturahmi-dengan-mui-dan-fkub",
        "title": "Jelang Pemilu, Forkopimda Pandeglang Silaturahmi dengan MUI dan FKUB",
        "published": "2024-01-05T16:45:00+07:00",
        "author": "Bagian Prokopim",
        "category": "Berita Daerah",
        "tags": ["FKUB", "MUI", "Pemilu 2024"],
        "province": "Banten",
        "body": [
            "Forum Koordinasi Pimpinan Daerah (Forkopimda) Kabupaten Pandeglang bersilaturahmi dengan Majelis Ulama Indonesia (MUI) dan Forum Kerukunan Umat Beragama (FKUB) Pandeglang di Masjid Agung Ar-Rahman, Jumat (5/1/2024). Silaturahmi itu digelar untuk menjaga kerukunan menjelang pemungutan suara Pemilu 14 Februari 2024.",
            "Kapolres Pandeglang AKBP Hendra Saputra Nasution, S.I.K. mengatakan, tokoh agama memiliki peran besar dalam meredam berita bohong yang beredar di media sosial. “Suara ulama dan tokoh lintas agama lebih didengar masyarakat. Kami minta bantu sampaikan agar warga tidak mudah terprovokasi,” ujar Hendra.",
            "Dandim 0601/Pandeglang Letkol Inf Rahmat Hidayatullah menambahkan, TNI siap mendukung Polri mengamankan seluruh tahapan pemilu hingga ke tempat pemungutan suara di desa-desa terpencil.",
            "Ketua FKUB Pandeglang, KH. Hamdan Syarif, menyampaikan bahwa FKUB telah menggelar dialog lintas agama di tiga kecamatan, yakni Labuan, Carita dan Pagelaran. Dialog tersebut menghasilkan kesepakatan bersama untuk menolak politisasi rumah ibadah.",
            "Bupati Pandeglang Ahmad Fauzan Hidayat yang turut hadir berharap suasana sejuk ini terjaga hingga pelantikan calon terpilih. “Pandeglang harus menjadi contoh pemilu yang damai di Banten,” kata Fauzan.",
        ],
        "gold": {
            "officials": [
                official("Hendra Saputra Nasution", "Kapolres", "Polres Pandeglang", ("Hendra",), "AKBP Hendra Saputra Nasution, S.I.K."),
                official("Rahmat Hidayatullah", "Dandim", "Kodim 0601/Pandeglang", (), "Letkol Inf Rahmat Hidayatullah"),
                official("Ahmad Fauzan Hidayat", "Bupati", "Kabupaten Pandeglang", ("Fauzan",)),
            ],
            "persons": [person("Hamdan Syarif", "Ketua FKUB Pandeglang", "KH. Hamdan Syarif")],
            "organisations": [
                org("Forum Koordinasi Pimpinan Daerah Kabupaten Pandeglang", "Forkopimda", "government_agency"),
                org("Majelis Ulama Indonesia", "MUI", "religious"),
                org("Forum Kerukunan Umat Beragama Pandeglang", "FKUB", "religious"),
                org("TNI", None, "government_agency"),
                org("Polri", None, "government_agency"),
            ],
            "places": [
                place("Labuan", "district", "36.01.12"),
                place("Carita", "district", "36.01.28"),
                place("Pagelaran", "district", "36.01.09"),
                _PANDEGLANG,
                place("Banten", "province", "36"),
            ],
            "dates": [date("Jumat (5/1/2024)", "2024-01-05"), date("14 Februari 2024", "2024-02-14")],
            "notes": ["'Masjid Agung Ar-Rahman' is a venue."],
        },
    },
    {
        "slug": "dpmd-dan-lsm-latih-pengurus-oms-desa-susun-rencana-kerja-partisipatif",
        "title": "DPMD dan LSM Latih Pengurus OMS Desa Susun Rencana Kerja Partisipatif",
        "published": "2024-05-16T11:00:00+07:00",
        "author": "Bidang IKP",
        "category": "Berita Daerah",
        "tags": ["OMS", "Workshop", "USAID"],
        "province": "Banten",
        "body": [
            "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Pandeglang bekerja sama dengan Lembaga Swadaya Masyarakat (LSM) Rumah Warga Mandiri menggelar workshop penguatan kapasitas organisasi masyarakat sipil (OMS) tingkat desa. Workshop berlangsung selama dua hari, 14-15 Mei 2024, di sebuah hotel di Kecamatan Carita.",
            "Kegiatan ini merupakan bagian dari program Desa Inklusif yang didukung USAID. Sebanyak 60 peserta dari 20 desa di Kecamatan Cikedal, Saketi dan Carita mengikuti pelatihan penyusunan rencana kerja, pengelolaan keuangan organisasi dan advokasi anggaran desa.",
            "Kepala DPMD Pandeglang, Iwan Kurniawan, menilai OMS di desa selama ini belum banyak dilibatkan dalam musyawarah perencanaan pembangunan. “Padahal mereka paling tahu kebutuhan warga, mulai dari kelompok disabilitas sampai perempuan kepala keluarga,” katanya.",
            "Direktur LSM Rumah Warga Mandiri, Yuliana Pertiwi, menjelaskan peserta akan didampingi selama enam bulan setelah workshop. Pendampingan meliputi penyusunan usulan kegiatan yang akan dibawa ke musyawarah desa tahun depan.",
            "Salah satu peserta, Ujang Saepudin selaku Kepala Desa Sindanglaut, mengaku baru memahami pentingnya melibatkan kelompok warga sejak tahap awal perencanaan. “Selama ini musyawarah desa hanya diikuti perangkat dan tokoh yang itu-itu saja. Ke depan kami akan undang kelompok perempuan dan pemuda,” ujarnya.",
        ],
        "gold": {
            "officials": [
                official("Iwan Kurniawan", "Kepala DPMD", "Kabupaten Pandeglang"),
                official("Ujang Saepudin", "Kepala Desa", "Desa Sindanglaut"),
            ],
            "persons": [person("Yuliana Pertiwi", "Direktur LSM Rumah Warga Mandiri")],
            "organisations": [
                org("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Pandeglang", "DPMD", "government_agency", ("DPMD Pandeglang",)),
                org("LSM Rumah Warga Mandiri", None, "ormas_cso", ("Rumah Warga Mandiri",)),
                org("USAID", None, "international"),
            ],
            "places": [
                place("Kecamatan Carita", "district", "36.01.28", ("Carita",)),
                place("Cikedal", "district", "36.01.26"),
                place("Saketi", "district", "36.01.14"),
            ],
            "dates": [date("14-15 Mei 2024", "2024-05-14")],
            "notes": ["'program Desa Inklusif' is a programme, not an organisation; 'Sindanglaut' only appears in a title."],
        },
    },
    {
        "slug": "festival-oms-pandeglang-2024-tampilkan-inovasi-bank-sampah-hingga-sekolah-perempuan",
        "title": "Festival OMS Pandeglang 2024 Tampilkan Inovasi Bank Sampah hingga Sekolah Perempuan",
        "published": "2024-08-05T08:30:00+07:00",
        "author": "Bidang IKP",
        "category": "Berita Daerah",
        "tags": ["Festival OMS", "Aisyiyah"],
        "province": "Banten",
        "body": [
            "Sebanyak 28 organisasi masyarakat sipil (OMS) memamerkan hasil program pemberdayaan dalam Festival OMS Pandeglang 2024 yang digelar di alun-alun Kecamatan Labuan, Minggu (4/8/2024). Festival ini diprakarsai Forum OMS Pandeglang bersama Pemkab Pandeglang.",
            "Wakil Bupati Pandeglang Neneng Kurniasih yang membuka festival mengatakan inovasi yang lahir dari OMS layak direplikasi oleh perangkat daerah. “Bank sampah yang dikelola ibu-ibu di Desa Teluk, misalnya, sudah mengurangi sampah plastik di pesisir. Ini contoh nyata kolaborasi,” ujar Neneng.",
            "Koordinator Forum OMS Pandeglang, Ahmad Syarifudin, menjelaskan festival menampilkan stan pameran, diskusi publik dan penghargaan bagi desa yang aktif melibatkan warga. Penghargaan tahun ini diberikan kepada Desa Kadugemblo di Kecamatan Kaduhejo.",
            "Pimpinan Daerah Aisyiyah Pandeglang turut menampilkan program sekolah perempuan yang telah meluluskan 150 peserta. Ketua PD Aisyiyah Pandeglang, Dra. Hj. Rohmah Latifah, berharap pemerintah daerah memasukkan sekolah perempuan ke dalam program pemberdayaan desa.",
            "Festival ditutup dengan penandatanganan komitmen bersama antara Forum OMS dan sejumlah kepala desa untuk menyediakan ruang partisipasi warga dalam perencanaan desa.",
        ],
        "gold": {
            "officials": [official("Neneng Kurniasih", "Wakil Bupati", "Kabupaten Pandeglang", ("Neneng",))],
            "persons": [
                person("Ahmad Syarifudin", "Koordinator Forum OMS Pandeglang"),
                person("Rohmah Latifah", "Ketua PD Aisyiyah Pandeglang", "Dra. Hj. Rohmah Latifah"),
            ],
            "organisations": [
                org("Forum OMS Pandeglang", None, "ormas_cso", ("Forum OMS",)),
                org("Pemkab Pandeglang", None, "government_agency"),
                org("Pimpinan Daerah Aisyiyah Pandeglang", None, "religious", ("PD Aisyiyah Pandeglang",)),
            ],
            "places": [
                place("Kecamatan Labuan", "district", "36.01.12"),
                place("Desa Teluk", "village", "36.01.12.2010"),
                place("Desa Kadugemblo", "village", "36.01.19.2008"),
                place("Kecamatan Kaduhejo", "district", "36.01.19"),
            ],
            "dates": [date("Minggu (4/8/2024)", "2024-08-04")],
            "notes": ["'Festival OMS Pandeglang 2024' is an event."],
        },
    },
    {
        "slug": "sekda-hadiri-milad-ke-111-muhammadiyah-apresiasi-layanan-pendidikan-dan-kesehatan",
        "title": "Sekda Hadiri Milad ke-111 Muhammadiyah, Apresiasi Layanan Pendidikan dan Kesehatan",
        "published": "2023-11-19T13:10:00+07:00",
        "author": "Bagian Prokopim",
        "category": "Berita Daerah",
        "tags": ["Muhammadiyah", "Aisyiyah"],
        "province": "Banten",
        "body": [
            "Sekretaris Daerah Kabupaten Pandeglang, Budi Santosa Wiradikarta, menghadiri resepsi Milad ke-111 Muhammadiyah yang digelar Pimpinan Daerah Muhammadiyah (PDM) Pandeglang di Kelurahan Kabayan, Kecamatan Pandeglang, Minggu (19/11/2023).",
            "Dalam sambutannya, Sekda menyampaikan apresiasi atas kontribusi Muhammadiyah di bidang pendidikan dan kesehatan. Saat ini Muhammadiyah mengelola 23 sekolah dan dua klinik di Pandeglang yang melayani warga tanpa membedakan latar belakang.",
            "“Pemerintah daerah sangat terbantu. Ketika fasilitas kami terbatas, amal usaha Muhammadiyah hadir mengisi kekosongan itu,” ujar Budi.",
            "Ketua PDM Pandeglang, Dr. H. Nurhasan Fadli, M.Pd.I, mengatakan pihaknya tengah menyiapkan pembangunan sekolah menengah kejuruan di Kecamatan Saketi. Ia berharap dukungan perizinan dari pemerintah daerah dapat dipercepat.",
            "Resepsi milad juga diisi pengajian umum dan santunan kepada 111 anak yatim yang diserahkan oleh Pimpinan Daerah Aisyiyah Pandeglang.",
        ],
        "gold": {
            "officials": [official("Budi Santosa Wiradikarta", "Sekretaris Daerah", "Kabupaten Pandeglang", ("Sekda", "Budi"))],
            "persons": [person("Nurhasan Fadli", "Ketua PDM Pandeglang", "Dr. H. Nurhasan Fadli, M.Pd.I")],
            "organisations": [
                org("Muhammadiyah", None, "religious"),
                org("Pimpinan Daerah Muhammadiyah Pandeglang", "PDM", "religious", ("PDM Pandeglang",)),
                org("Pimpinan Daerah Aisyiyah Pandeglang", None, "religious"),
            ],
            "places": [
                place("Kelurahan Kabayan", "village", "36.01.21.1004"),
                place("Kecamatan Pandeglang", "district", "36.01.21"),
                place("Pandeglang", "regency", "36.01"),
                place("Kecamatan Saketi", "district", "36.01.14"),
            ],
            "dates": [date("Minggu (19/11/2023)", "2023-11-19")],
            "notes": ["Kecamatan Pandeglang and Kabupaten Pandeglang share a name: context decides."],
        },
    },
    {
        "slug": "puluhan-ormas-di-pandeglang-deklarasikan-pemilu-damai",
        "title": "Puluhan Ormas di Pandeglang Deklarasikan Pemilu Damai",
        "published": "2024-01-31T17:00:00+07:00",
        "author": "Bidang IKP",
        "category": "Berita Daerah",
        "tags": ["Pemilu 2024", "Ormas", "GP Ansor"],
        "province": "Banten",
        "body": [
            "Sebanyak 37 organisasi kemasyarakatan (Ormas) di Kabupaten Pandeglang mendeklarasikan komitmen menjaga Pemilu 2024 yang aman dan damai. Deklarasi dibacakan bersama di halaman Pendopo Pandeglang, Rabu (31/1/2024), disaksikan Bupati dan unsur Forkopimda.",
            "Deklarasi diprakarsai Badan Kesatuan Bangsa dan Politik (Kesbangpol) Pandeglang. Isinya antara lain menolak politik uang, tidak menyebarkan hoaks dan ujaran kebencian, serta tidak menggunakan atribut Ormas untuk kampanye.",
            "Bupati Pandeglang Ahmad Fauzan Hidayat mengatakan Ormas adalah mitra strategis pemerintah dalam menjaga ketertiban. “Saya percaya Ormas di Pandeglang sudah dewasa dalam berdemokrasi. Deklarasi ini harus dibuktikan sampai hari pemungutan suara,” tegasnya.",
            "Ketua PC GP Ansor Pandeglang, Ahmad Jazuli, yang membacakan naskah deklarasi, menyatakan Banser siap membantu pengamanan di tempat pemungutan suara bila diminta aparat. Sementara Ketua MPC Pemuda Pancasila Pandeglang, Dedi Kurnia Sandi, meminta anggotanya melapor bila menemukan pelanggaran.",
            "Kepala Badan Kesbangpol Pandeglang Endang Suherman menambahkan, pihaknya akan memantau pelaksanaan deklarasi bersama Panitia Pengawas Pemilu Kecamatan (Panwascam) di 35 kecamatan.",
        ],
        "gold": {
            "officials": [
                official("Ahmad Fauzan Hidayat", "Bupati", "Kabupaten Pandeglang", ("Bupati",)),
                official("Endang Suherman", "Kepala Badan Kesbangpol", "Kabupaten Pandeglang"),
            ],
            "persons": [
                person("Ahmad Jazuli", "Ketua PC GP Ansor Pandeglang"),
                person("Dedi Kurnia Sandi", "Ketua MPC Pemuda Pancasila Pandeglang"),
            ],
            "organisations": [
                org("Badan Kesatuan Bangsa dan Politik Pandeglang", "Kesbangpol", "government_agency", ("Badan Kesbangpol Pandeglang",)),
                org("Forkopimda", None, "government_agency"),
                org("PC GP Ansor Pandeglang", "GP Ansor", "religious"),
                org("Banser", None, "religious"),
                _PP,
                org("Panitia Pengawas Pemilu Kecamatan", "Panwascam", "government_agency"),
            ],
            "places": [place("Kabupaten Pandeglang", "regency", "36.01", ("Pandeglang",))],
            "dates": [date("Rabu (31/1/2024)", "2024-01-31")],
            "notes": ["Press release; a lightly edited copy appears on demo-wartamadani."],
        },
    },
]
