"""Canned queries of the web UI, kept as data: bilingual (Indonesian · English) titles and texts.

Each query runs against the SQLite file built by `pantau.ui.sqlite_build`: entity-id lists are
JSON arrays there, opened with SQLite's `json_each`. Parameters are typed into a form by the
user; an empty parameter matches everything.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title_id: str
    title_en: str
    description_id: str
    description_en: str
    sql: str
    params: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return f"{self.title_id} · {self.title_en}"


OFFICIALS_WHO_MET_ORGANISATION = CannedQuery(
    name="officials_who_met_organisation",
    title_id="Pejabat yang bertemu organisasi X",
    title_en="Officials who met organisation X",
    description_id="Ketik nama atau singkatan organisasi (mis. sebagian nama). "
    "Satu baris per pejabat, "
    "dengan jumlah pertemuan dan tanggal pertama/terakhir.",
    description_en="Type an organisation's name or acronym (part of a name works). One row per "
    "official, with the number of engagements and the first and last dates.",
    params=("organisation",),
    sql="""
select coalesce(o.name, oid.value) as official, o.role as role,
       count(distinct g.engagement_id) as engagements,
       min(g.date) as first_date, max(g.date) as last_date,
       group_concat(distinct g.province) as provinces,
       group_concat(distinct org.name) as organisations
from engagements g
join json_each(g.organisation_ids) as gid
join entities org on org.entity_id = gid.value
join json_each(g.official_ids) as oid
left join entities o on o.entity_id = oid.value
where org.name like '%' || :organisation || '%' or org.acronym = :organisation
group by oid.value
order by engagements desc, official
""".strip(),
)

ORGANISATIONS_MET_BY_OFFICIAL = CannedQuery(
    name="organisations_met_by_official",
    title_id="Organisasi yang ditemui pejabat Y",
    title_en="Organisations met by official Y",
    description_id="Ketik nama pejabat (sebagian nama cukup). Satu baris per organisasi, dengan "
    "jenisnya, jumlah pertemuan dan tanggal pertama/terakhir.",
    description_en="Type an official's name (part of a name works). One row per organisation, "
    "with its kind, the number of engagements and the first and last dates.",
    params=("official",),
    sql="""
select coalesce(org.name, gid.value) as organisation, org.acronym as acronym, org.kind as kind,
       count(distinct g.engagement_id) as engagements,
       min(g.date) as first_date, max(g.date) as last_date,
       group_concat(distinct o.name) as officials
from engagements g
join json_each(g.official_ids) as oid
join entities o on o.entity_id = oid.value
join json_each(g.organisation_ids) as gid
left join entities org on org.entity_id = gid.value
where o.name like '%' || :official || '%'
group by gid.value
order by engagements desc, organisation
""".strip(),
)

ENGAGEMENTS_BY_PROVINCE_MONTH = CannedQuery(
    name="engagements_by_province_month",
    title_id="Pertemuan per provinsi dan bulan",
    title_en="Engagements by province and month",
    description_id="Jumlah pertemuan pemerintah–organisasi per provinsi dan bulan, dengan jumlah "
    "artikel dan portal sumbernya.",
    description_en="Number of government–organisation engagements per province and month, with "
    "the number of source articles and portals.",
    sql="""
select coalesce(province, '(unknown)') as province, month,
       count(*) as engagements,
       count(distinct article_id) as articles,
       count(distinct portal) as portals
from engagements
group by province, month
order by province, month desc
""".strip(),
)

ENGAGEMENTS_BY_EVENT_TYPE = CannedQuery(
    name="engagements_by_event_type",
    title_id="Pertemuan per jenis kegiatan",
    title_en="Engagements by event type",
    description_id="Jumlah pertemuan per jenis kegiatan (audiensi, pelantikan, hibah, sosialisasi, "
    "rapat koordinasi, upacara, lainnya), dengan jumlah pejabat, instansi dan organisasi.",
    description_en="Number of engagements per event type (meeting, inauguration, grant, "
    "socialisation, coordination, ceremony, other), with the number of officials, government "
    "bodies and organisations taking part.",
    sql="""
select coalesce(g.event_label, g.event_type) as event, g.event_type as event_type,
       count(distinct g.engagement_id) as engagements,
       count(distinct oid.value) as officials,
       count(distinct bid.value) as government_bodies,
       count(distinct gid.value) as organisations,
       min(g.date) as first_date, max(g.date) as last_date
from engagements g
left join json_each(g.official_ids) as oid
left join json_each(g.government_body_ids) as bid
left join json_each(g.organisation_ids) as gid
group by g.event_type
order by engagements desc, event_type
""".strip(),
)

GOVERNMENT_BODIES_WITH_ORGANISATION = CannedQuery(
    name="government_bodies_with_organisation",
    title_id="Instansi pemerintah yang bertemu organisasi X",
    title_en="Government bodies that met organisation X",
    description_id="Ketik nama atau singkatan organisasi. Satu baris per instansi (Kesbangpol, "
    "Pemkab, Polres, Kodim, Kemenag ...), dengan jumlah pertemuan, jenis kegiatan dan tanggal "
    "pertama/terakhir.",
    description_en="Type an organisation's name or acronym. One row per government body "
    "(Kesbangpol, regency government, police, military, religious affairs office ...), with the "
    "number of engagements, their event types and the first and last dates.",
    params=("organisation",),
    sql="""
select coalesce(b.name, bid.value) as government_body,
       count(distinct g.engagement_id) as engagements,
       group_concat(distinct g.event_label) as events,
       min(g.date) as first_date, max(g.date) as last_date,
       group_concat(distinct org.name) as organisations
from engagements g
join json_each(g.organisation_ids) as gid
join entities org on org.entity_id = gid.value
join json_each(g.government_body_ids) as bid
left join entities b on b.entity_id = bid.value
where org.name like '%' || :organisation || '%' or org.acronym = :organisation
group by bid.value
order by engagements desc, government_body
""".strip(),
)

ARTICLES_MENTIONING = CannedQuery(
    name="articles_mentioning",
    title_id="Artikel yang menyebut X",
    title_en="Articles mentioning X",
    description_id="Ketik nama pejabat, orang, organisasi atau tempat. Setiap baris memuat kalimat "
    "yang menyebutnya dan tautan ke artikel aslinya.",
    description_en="Type the name of an official, person, organisation or place. Each row shows "
    "the sentence that mentions it and the link to the original article.",
    params=("name",),
    sql="""
select distinct a.published_at as published_wib, a.title as title, m.sentence as sentence,
       a.url as url, a.portal as portal, a.province as province
from mentions m
join articles a on a.article_id = m.article_id
where m.normalized like '%' || :name || '%' or m.text like '%' || :name || '%'
order by a.published_at desc
limit 500
""".strip(),
)

PORTAL_FRESHNESS = CannedQuery(
    name="portal_freshness",
    title_id="Kesegaran portal",
    title_en="Portal freshness",
    description_id="Untuk tim pemantau: crawl terakhir, statusnya, galat dan artikel terbaru per "
    "portal. Portal yang lama diam muncul paling atas.",
    description_en="For the monitoring team: last crawl, its status, errors and the newest "
    "article per portal. Portals silent the longest come first.",
    sql="""
with portals as (select portal from articles union select portal from crawl_runs)
select p.portal as portal,
       (select max(r.finished_at) from crawl_runs r where r.portal = p.portal) as last_crawl_utc,
       (select r.status from crawl_runs r where r.portal = p.portal
        order by r.started_at desc limit 1) as last_status,
       (select count(*) from crawl_runs r where r.portal = p.portal) as runs,
       (select sum(r.pages) from crawl_runs r where r.portal = p.portal) as pages,
       (select sum(r.errors) from crawl_runs r where r.portal = p.portal) as errors,
       (select max(a.published_at) from articles a where a.portal = p.portal) as newest_article_wib,
       (select count(*) from articles a where a.portal = p.portal) as articles
from portals p
where p.portal is not null
order by newest_article_wib, portal
""".strip(),
)

CANNED_QUERIES: tuple[CannedQuery, ...] = (
    OFFICIALS_WHO_MET_ORGANISATION,
    ORGANISATIONS_MET_BY_OFFICIAL,
    ENGAGEMENTS_BY_PROVINCE_MONTH,
    ENGAGEMENTS_BY_EVENT_TYPE,
    GOVERNMENT_BODIES_WITH_ORGANISATION,
    ARTICLES_MENTIONING,
    PORTAL_FRESHNESS,
)
