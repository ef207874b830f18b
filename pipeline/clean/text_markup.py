"""HTML left in a text dump: some sites store the post's raw markup, so the dump shows "<p>",
"</p> <p>&nbsp;</p>" and entities in the text. Paragraph and line-break tags become line breaks,
inline tags go, entities are decoded; a dump without markup is returned unchanged.

Only tags by name are touched: a "<" in prose ("nilai < 5") is not markup.
"""

from __future__ import annotations

import html
import re

_BLOCK_TAG = re.compile(
    r"</?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|table)\b[^<>]{0,200}>", re.I
)
_INLINE_TAG = re.compile(r"</?(span|strong|b|i|em|u|a|font|small|sup|sub)\b[^<>]{0,200}>", re.I)
_ENTITY = re.compile(r"&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)


def has_markup(text: str) -> bool:
    return bool(_BLOCK_TAG.search(text) or _ENTITY.search(text))


def without_markup(text: str) -> str:
    """`text` with paragraph tags as line breaks, inline tags removed and entities decoded."""
    if not has_markup(text):
        return text
    text = _BLOCK_TAG.sub("\n", text)
    text = _INLINE_TAG.sub("", text)
    return html.unescape(text).replace("\xa0", " ")
