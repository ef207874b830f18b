"""Portal shape A: a WordPress news site (theme markup, Yoast sitemaps, RSS, wp-json)."""

from __future__ import annotations

from pantau.demo import wordpress_api
from pantau.demo.html_common import Response, esc, paragraphs_html, slugify, tanggal
from pantau.demo.model import DemoArticle
from pantau.demo.site import DemoSite, Handler

MENU = ("Beranda", "Daerah", "Ormas", "Keagamaan", "Pemuda", "Opini", "Indeks")
STATIC_PAGES = {
    "/redaksi/": ("Redaksi", "Susunan redaksi dan alamat kantor kami ada di halaman ini."),
    "/pedoman-media-siber/": (
        "Pedoman Media Siber",
        "Kami mengikuti pedoman pemberitaan media siber.",
    ),
    "/kontak/": ("Kontak", "Kirim rilis dan surat pembaca ke alamat surel redaksi."),
}


class WordPressSite(DemoSite):
    archives = {
        "/category/": ("category", True),
        "/tag/": ("tag", False),
        "/author/": ("author", False),
    }

    def article_path(self, article: DemoArticle) -> str:
        return f"/{article.published:%Y/%m/%d}/{article.slug}/"

    def routes(self) -> dict[str, Handler]:
        api = wordpress_api
        routes: dict[str, Handler] = {
            "/": lambda q: Response(200, self.home()),
            "/robots.txt": lambda q: Response(200, self.robots(), "text/plain; charset=utf-8"),
            "/sitemap_index.xml": lambda q: api.sitemap_index(self),
            "/post-sitemap.xml": lambda q: api.post_sitemap(self),
            "/page-sitemap.xml": lambda q: api.page_sitemap(self, STATIC_PAGES),
            "/feed/": lambda q: api.feed(self),
            "/wp-json/wp/v2/posts": lambda q: api.posts(self, q),
        }
        for path, (title, text) in STATIC_PAGES.items():
            routes[path] = self._static_handler(title, text)
        return routes

    def _static_handler(self, title: str, text: str) -> Handler:
        return lambda query: Response(200, self.static_page(title, text))

    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            f"Sitemap: {self.url('/sitemap_index.xml')}\n"
        )

    # --- page chrome ---
    def head(self, title: str, extra: str = "") -> str:
        spec = self.spec
        return (
            '<!DOCTYPE html>\n<html lang="id-ID"><head><meta charset="UTF-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)} – {esc(spec.title)}</title>"
            f'<meta name="generator" content="WordPress 6.4.3">'
            f'<link rel="alternate" type="application/rss+xml" title="{esc(spec.title)} &raquo; Feed" '
            f'href="{self.url("/feed/")}">'
            f'<link rel="https://api.w.org/" href="{self.url("/wp-json/")}">'
            "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css' media='all'>"
            f"{extra}</head>"
        )

    def masthead(self) -> str:
        items = "".join(
            f'<li class="menu-item"><a href="/{"" if m == "Beranda" else "category/" + slugify(m) + "/"}">{m}</a></li>'
            for m in MENU
        )
        return (
            '<a class="skip-link screen-reader-text" href="#content">Langsung ke konten</a>'
            '<header id="masthead" class="site-header"><div class="site-branding">'
            f'<p class="site-title"><a href="/" rel="home">{esc(self.spec.title)}</a></p>'
            f'<p class="site-description">{esc(self.spec.tagline)}</p></div>'
            '<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button>'
            f'<ul id="primary-menu" class="menu">{items}</ul></nav></header>'
        )

    def sidebar(self) -> str:
        recent = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in self.latest(5)
        )
        cats = "".join(
            f'<li class="cat-item"><a href="/category/{slugify(m)}/">{m}</a></li>'
            for m in MENU[1:6]
        )
        return (
            '<aside id="secondary" class="widget-area">'
            '<section class="widget widget_search"><form role="search" method="get" action="/">'
            '<label>Cari untuk: <input type="search" name="s"></label><input type="submit" value="Cari">'
            "</form></section>"
            f'<section class="widget widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2><ul>{recent}</ul></section>'
            f'<section class="widget widget_categories"><h2 class="widget-title">Kategori</h2><ul>{cats}</ul></section>'
            "</aside>"
        )

    def colophon(self) -> str:
        return (
            '<footer id="colophon" class="site-footer"><div class="footer-menu">'
            '<a href="/redaksi/">Redaksi</a> | <a href="/pedoman-media-siber/">Pedoman Media Siber</a> | '
            '<a href="/kontak/">Kontak</a></div><div class="site-info">'
            f"© 2024 {esc(self.spec.title)}. Seluruh hak cipta dilindungi undang-undang. "
            'Ditenagai oleh <a href="https://wordpress.org/">WordPress</a></div></footer>'
        )

    # --- pages ---
    def home(self) -> str:
        return self.archive_page("Beranda", self.latest(10), body_class="home blog")

    def archive_page(
        self, title: str, items: list[DemoArticle], body_class: str = "archive"
    ) -> str:
        header = (
            ""
            if body_class.startswith("home")
            else f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>'
        )
        posts = (
            header
            + ("" if items else "<p>Belum ada tulisan.</p>")
            + "".join(
                f'<article class="post type-post hentry"><h2 class="entry-title"><a href="{self.article_path(a)}" rel="bookmark">'
                f'{esc(a.title)}</a></h2><div class="entry-meta"><time class="entry-date published" '
                f'datetime="{a.published.isoformat()}">{tanggal(a.published)}</time></div>'
                f'<div class="entry-summary"><p>{esc(a.paragraphs[0][:160])} […]</p></div></article>'
                for a in items
            )
        )
        return (
            self.head(title)
            + f'<body class="{body_class}"><div id="page" class="site">'
            + self.masthead()
            + f'<div id="content" class="site-content"><main id="main" class="site-main">{posts}</main>'
            + self.sidebar()
            + "</div>"
            + self.colophon()
            + "</div></body></html>"
        )

    def static_page(self, title: str, text: str) -> str:
        return (
            self.head(title)
            + '<body class="page-template-default page"><div id="page" class="site">'
            + self.masthead()
            + '<div id="content" class="site-content"><main id="main" class="site-main">'
            + f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
            + f'<div class="entry-content"><p>{esc(text)}</p></div></article></main>'
            + self.sidebar()
            + "</div>"
            + self.colophon()
            + "</div></body></html>"
        )

    def article_page(self, article: DemoArticle) -> str:
        a = article
        url = self.article_url(a)
        meta = (
            f'<link rel="canonical" href="{url}">'
            f'<meta name="description" content="{esc(a.paragraphs[0][:150])}">'
            '<meta property="og:locale" content="id_ID"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:url" content="{url}">'
            f'<meta property="og:site_name" content="{esc(self.spec.title)}">'
            f'<meta property="article:published_time" content="{a.published.isoformat()}">'
            f'<meta name="author" content="{esc(a.author)}">'
        )
        return (
            self.head(a.title, meta)
            + f'<body class="post-template-default single single-post postid-{a.number} single-format-standard">'
            + '<div id="page" class="site">'
            + self.masthead()
            + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
            + self._entry(a)
            + self._author_box(a)
            + self._post_navigation(a)
            + self._related(a)
            + self._comments(a)
            + "</main></div>"
            + self.sidebar()
            + "</div>"
            + self.colophon()
            + "</div></body></html>"
        )

    def _entry(self, a: DemoArticle) -> str:
        tags = ", ".join(f'<a href="/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
        return (
            f'<article id="post-{a.number}" class="post-{a.number} post type-post status-publish format-standard '
            f'has-post-thumbnail hentry category-{slugify(a.category)}">'
            '<header class="entry-header">'
            f'<span class="cat-links"><a href="/category/{slugify(a.category)}/" rel="category tag">{esc(a.category)}</a></span>'
            f'<h1 class="entry-title">{esc(a.title)}</h1><div class="entry-meta">'
            f'<span class="posted-on">Diposting pada <a href="{self.article_path(a)}" rel="bookmark">'
            f'<time class="entry-date published" datetime="{a.published.isoformat()}">{tanggal(a.published)}</time></a></span>'
            f'<span class="byline"> oleh <span class="author vcard"><a class="url fn n" href="/author/{slugify(a.author)}/">'
            f"{esc(a.author)}</a></span></span></div></header>"
            f'<div class="post-thumbnail"><img src="/wp-content/uploads/{a.published:%Y/%m}/{a.slug}.jpg" '
            f'alt="{esc(a.title)}" width="768" height="432"></div>'
            f'<div class="entry-content">{self.content_html(a)}{self._share(a)}</div>'
            f'<footer class="entry-footer"><span class="tags-links">Tag: {tags}</span></footer></article>'
        )

    def content_html(self, a: DemoArticle) -> str:
        blocks = paragraphs_html(list(a.paragraphs[:-1]) + [a.last_paragraph], a.dateline)
        other = self.related(a, 1)
        if other and len(blocks) > 3:
            baca = f'<p><strong>Baca juga: <a href="{self.article_path(other[0])}">{esc(other[0].title)}</a></strong></p>'
            blocks.insert(2, baca)
        return "".join(blocks)

    def _share(self, a: DemoArticle) -> str:
        url = self.article_url(a)
        nets = (
            ("facebook", "Facebook"),
            ("twitter", "X"),
            ("whatsapp", "WhatsApp"),
            ("telegram", "Telegram"),
        )
        items = "".join(
            f'<li class="share-{key}"><a rel="nofollow noopener noreferrer" class="share-{key} sd-button" '
            f'href="{url}?share={key}" target="_blank"><span>{label}</span></a></li>'
            for key, label in nets
        )
        return (
            '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
            f'<h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul>{items}</ul></div></div></div>'
        )

    def _author_box(self, a: DemoArticle) -> str:
        return (
            f'<div class="author-box"><h4 class="author-name">{esc(a.author)}</h4>'
            f"<p>Teruntuk pembaca setia {esc(self.spec.title)}: “Kabar baik dari warga layak dibaca "
            "sebanyak kabar buruk.” Kirim rilis kegiatan komunitas Anda ke meja redaksi.</p>"
            '<a class="show-more" href="#">Show More</a></div>'
        )

    def _post_navigation(self, a: DemoArticle) -> str:
        index = self.items.index(a)
        links = []
        if index + 1 < len(self.items):
            older = self.items[index + 1]
            links.append(
                f'<div class="nav-previous"><a href="{self.article_path(older)}" rel="prev">{esc(older.title)}</a></div>'
            )
        if index > 0:
            newer = self.items[index - 1]
            links.append(
                f'<div class="nav-next"><a href="{self.article_path(newer)}" rel="next">{esc(newer.title)}</a></div>'
            )
        return (
            '<nav class="navigation post-navigation" aria-label="Pos"><h2 class="screen-reader-text">Navigasi pos</h2>'
            + "".join(links)
            + "</nav>"
        )

    def _related(self, a: DemoArticle) -> str:
        items = "".join(
            f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{self.article_path(r)}">'
            f'{esc(r.title)}</a></h4><p class="jp-relatedposts-post-date">{tanggal(r.published)}</p></div>'
            for r in self.related(a, 3)
        )
        return f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3>{items}</div>'

    def _comments(self, a: DemoArticle) -> str:
        return (
            '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            '<p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> '
            'Ruas yang wajib ditandai <span class="required">*</span></p>'
            '<p class="comment-form-comment"><label for="comment">Komentar <span class="required">*</span></label>'
            '<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Nama <span class="required">*</span></label>'
            '<input id="author" name="author" type="text" required></p>'
            '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>'
            '<input id="email" name="email" type="email" required></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar">'
            f'<input type="hidden" name="comment_post_ID" value="{a.number}" id="comment_post_ID"></p></form></div></div>'
        )
