"""HTML element rules, kept as named data: class / id fragments of elements that never hold the
article body and of those that mark it, tags dropped first and block tags. `pipeline.clean.dom`
and `generic` use them."""

from __future__ import annotations

import re

# Class / id fragments of elements that never hold the article body.
NOISE_WORDS: tuple[str, ...] = (
    "comment",
    "komentar",
    "share",
    "sharing",
    "social",
    "sosmed",
    "related",
    "terkait",
    "sidebar",
    "widget",
    "footer",
    "menu",
    "navbar",
    "nav",
    "breadcrumb",
    "banner",
    "ads",
    "ad",
    "iklan",
    "advert",
    "promo",
    "popular",
    "populer",
    "trending",
    "terpopuler",
    "newsletter",
    "subscribe",
    "tags",
    "tag",
    "author-box",
    "bio",
    "pagination",
    "paging",
    "cookie",
    "modal",
    "popup",
    "baca-juga",
    "bacajuga",
    "readmore",
    "read-also",
    "recommend",
    "rekomendasi",
    "topbar",
    "top-bar",
    "header",
    "masthead",
    "jam",
    "clock",
    "today",
    "tanggal-hari",
    "running-text",
    "ticker",
    "marquee",
    "copyright",
    "caption",
    "wp-caption",
    "gallery",
    "video",
)

NOISE_ATTR = re.compile(
    r"(^|[\s_-])(" + "|".join(re.escape(w) for w in NOISE_WORDS) + r")($|[\s_-])", re.I
)

# Class / id fragments that mark the article body (a bonus when scoring containers).
BODY_ATTR = re.compile(
    r"(article|artikel|content|konten|entry|post-body|post-content|detail|isi|berita|news-body|"
    r"story|read__content|itp_bodycontent|main-text|text-content|txt-article|single)",
    re.I,
)

# Tags dropped before anything else.
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "button",
    "select",
    "svg",
    "template",
    "nav",
    "footer",
    "aside",
    "figcaption",
    "input",
    "textarea",
    "object",
    "embed",
    "canvas",
)

BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "blockquote",
        "pre",
        "figure",
        "header",
        "dd",
        "dt",
        "dl",
        "center",
        "address",
        "hr",
        "br",
    }
)
