"""Generic body extraction: score paragraph containers on a pruned lxml tree (readability-like).

Fast because it walks the tree a few times and never re-parses. Used for portals without a
dedicated parser; `trafilatura` is the fallback when this finds too little text.
"""

from __future__ import annotations

from lxml import etree

from pipeline.clean.dom import Element, attrs_of, norm, text_lines, text_of
from pipeline.clean.html_rules import BODY_ATTR

MIN_PARAGRAPH = 25


def _own_text_length(el: Element) -> int:
    """Text directly in `el` (br-separated layouts), not inside its child elements."""
    total = len((el.text or "").strip())
    for child in el:
        if child.tag in ("br", "b", "strong", "i", "em", "a", "span", "font", "u"):
            total += len((child.tail or "").strip())
            if child.tag != "a":
                total += len((child.text or "").strip())
    return total


def _link_density(el: Element, text_len: int) -> float:
    if text_len == 0:
        return 1.0
    links = sum(len(text_of(a)) for a in el.iter("a"))
    return min(1.0, links / text_len)


def _paragraph_score(text: str) -> float:
    return 1.0 + text.count(",") + text.count(".") * 0.5 + min(len(text) / 100.0, 3.0)


# Paragraph elements, and text holders of br-separated layouts (table-era portals).
_PARAGRAPHS = etree.XPath("//p | //pre | //blockquote")
_HOLDERS = etree.XPath(
    "//*[self::div or self::td or self::font or self::section or self::article or self::main or self::span]"
    "[br or string-length(normalize-space(text()[1])) > 60]"
)


def score_candidates(root: Element) -> dict[Element, float]:
    scores: dict[Element, float] = {}

    def credit(holder: Element | None, text: str) -> None:
        if holder is None or len(text.strip()) < MIN_PARAGRAPH:
            return
        value = _paragraph_score(text)
        scores[holder] = scores.get(holder, 0.0) + value
        grand = holder.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + value / 2

    for el in _PARAGRAPHS(root):
        credit(el.getparent(), text_of(el))
    for el in _HOLDERS(root):
        if _own_text_length(el) >= 100:
            credit(el, "".join(el.itertext()) if len(el) < 40 else (el.text or ""))
    return scores


def _adjusted(el: Element, raw: float) -> float:
    if el.tag in ("html", "body"):
        raw *= 0.5
    adjusted = raw * (1.0 - _link_density(el, len(text_of(el))))
    return adjusted * 1.25 if BODY_ATTR.search(attrs_of(el)) else adjusted


def best_containers(root: Element) -> list[Element]:
    """The best-scoring container, plus siblings that continue it (a body split by an ad slot)."""
    scores = score_candidates(root)
    if not scores:
        return []
    adjusted = {el: _adjusted(el, raw) for el, raw in scores.items()}
    best = max(adjusted, key=adjusted.__getitem__)
    parent = best.getparent()
    if parent is None or adjusted[best] <= 0:
        return [best] if adjusted[best] > 0 else []
    same_kind = (best.tag, best.get("class"))
    return [
        sib
        for sib in parent
        if sib is best
        or (
            (sib.tag, sib.get("class")) == same_kind
            and adjusted.get(sib, 0.0) >= 0.2 * adjusted[best]
        )
    ]


def best_container(root: Element) -> Element | None:
    found = best_containers(root)
    return found[0] if found else None


def _drop_link_lists(container: Element) -> None:
    """Related-news lists and tag clouds inside the body container are mostly links."""
    doomed = []
    for el in container.iter("ul", "ol", "div", "table", "section", "p"):
        if (
            el is container or next(el.iter("a"), None) is None
        ):  # no link: density 0, and most are <p>
            continue
        text = norm(text_of(el))
        if not text:
            continue
        if _link_density(el, len(text)) > 0.6 and (el.tag != "p" or len(text) < 200):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            tail = el.tail
            parent.remove(el)
            if tail and tail.strip():
                parent.text = (parent.text or "") + tail


def extract_body_lines(root: Element) -> list[str]:
    lines: list[str] = []
    for container in best_containers(root):
        heading = next(container.iter("h1"), None)  # the headline, when the container holds it
        if heading is not None and heading.getparent() is not None:
            heading.getparent().remove(heading)
        _drop_link_lists(container)
        lines += text_lines(container)
    return lines


def trafilatura_lines(root: Element) -> list[str]:
    """Fallback: trafilatura on the (already parsed) tree, its best-measured preset."""
    import trafilatura

    try:
        text = trafilatura.extract(
            etree.tostring(root, encoding="unicode"),
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except Exception:  # trafilatura is a best-effort fallback; its failure is not the page's
        return []
    return [norm(line) for line in (text or "").splitlines() if norm(line)]
