"""Language of a body: "id", "en" or "other" (py3langid, restricted to likely languages)."""

from __future__ import annotations

from functools import lru_cache

# Malay and Indonesian are close enough for the classifier to confuse them on short texts.
_AS_INDONESIAN = {"id", "ms"}
_CANDIDATES = ["id", "ms", "en", "jv", "nl", "ar", "zh", "fr", "de", "es", "pt", "tl"]


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(_CANDIDATES)
    return identifier


# Function words settle the common cases without the classifier (which costs ~1 ms a page).
_ID_WORDS = frozenset(
    [
        "yang",
        "dan",
        "di",
        "dengan",
        "untuk",
        "ini",
        "itu",
        "dalam",
        "pada",
        "tidak",
        "dari",
        "akan",
        "juga",
        "kepada",
        "oleh",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "with",
        "was",
        "on",
        "are",
        "by",
        "this",
        "from",
    ]
)


def detect(text: str) -> str | None:
    sample = text[:1000]
    words = sample[:600].lower().split()
    if len(words) < 3:
        return None
    id_hits = sum(map(_ID_WORDS.__contains__, words))  # map in C: no generator frame per word
    en_hits = sum(map(_EN_WORDS.__contains__, words))
    if id_hits >= 6 and en_hits * 4 < id_hits:
        return "id"
    if en_hits >= 6 and id_hits * 4 < en_hits:
        return "en"
    lang, _score = _identifier().classify(sample[:600])
    if lang in _AS_INDONESIAN:
        return "id"
    return "en" if lang == "en" else "other"
