"""`pantau eval`: score extraction output against gold records of the same shape.

Per type (officials, persons, organisations, places, dates): precision, recall and F1, micro-averaged
over documents. A gold entity matches a predicted one when a normalised name (or alias) is equal;
places compare region codes when both sides have one, else names without their level prefix;
dates compare ISO dates; a gold organisation's acronym is one of its aliases ("PGI" predicted alone
matches it). The gold's `province` is passed to extraction as the crawler would (it knows the
portal's province); the report says so, and `use_province=False` measures without it. Also role accuracy over
matched officials and persons, body start / end accuracy and publication-date accuracy."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pantau import org_matching
from pantau.eval_engagements import EngagementScore, score
from pantau.eval_engagements import render as render_engagements
from pantau.extract import extract_records
from pantau.scoring import Score, norm
from pipeline.core.errors import InputError

TYPES = ("officials", "persons", "organisations", "places", "dates")
_PLACE_PREFIX = re.compile(
    r"^(provinsi|prov|kabupaten administrasi|kota administrasi|kabupaten|kab|kota|kecamatan|kec"
    r"|kelurahan|kel|desa|ds|distrik|gampong|kampung|nagari|pekon|tiyuh|lembang|negeri)\s+"
)  # the level word of a region is not its name, whatever the province calls the level


def same_role(gold: str | None, pred: str | None, *, official: bool) -> bool:
    """One office written two ways (nlp.role_match: a jurisdiction written into the role or not)."""
    # imported here: importing nlp loads spaCy (seconds), needed only when roles are scored
    from nlp.role_match import same_role as match

    return match(gold, pred, official=official)


def keys(kind: str, item: dict[str, Any], *, gold: bool = False) -> set[str]:
    """Every normalised form under which `item` may be matched (a gold organisation's acronym too)."""
    if kind == "dates":
        return {str(item.get("iso"))} if item.get("iso") else set()
    if kind == "organisations":
        return org_matching.forms(item, gold=gold)
    names = [item.get("name"), *(item.get("aliases") or [])]
    found = {norm(n) for n in names if n}
    if kind == "places":
        found = {_PLACE_PREFIX.sub("", n) for n in found}
        if item.get("code"):  # a region code identifies a place whatever its written form
            found.add(f"code:{item['code']}")
    return {k for k in found if k}


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    roles: list[bool] = field(default_factory=list)
    body_start: list[bool] = field(default_factory=list)
    body_end: list[bool] = field(default_factory=list)
    published: list[bool] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    engagements: EngagementScore = field(default_factory=lambda: _engagement_score())
    documents: int = 0
    province_hints: int = 0  # documents extracted with the gold's province as a hint

    def as_dict(self) -> dict[str, Any]:
        def rate(flags: list[bool]) -> float | None:
            return round(sum(flags) / len(flags), 3) if flags else None

        return {
            "documents": self.documents,
            **{t: s.as_dict() for t, s in self.scores.items()},
            "role_accuracy": rate(self.roles),
            "body_start_accuracy": rate(self.body_start),
            "body_end_accuracy": rate(self.body_end),
            "published_accuracy": rate(self.published),
            "province_hints": self.province_hints,
            "engagements": self.engagements.as_dict(),
        }


def _engagement_score() -> EngagementScore:

    return EngagementScore()


def _dedupe(
    kind: str,
    items: Iterable[dict[str, Any]],
    *,
    gold: bool = False,
) -> list[tuple[set[str], dict[str, Any]]]:
    out: list[tuple[set[str], dict[str, Any]]] = []
    for item in items:
        forms = keys(kind, item, gold=gold)
        own = org_matching.own_forms(item, forms) if kind == "organisations" else forms
        if forms and not any(own & seen for seen, _ in out):
            out.append((forms, item))
    return out


def _match(
    kind: str,
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    report: Report,
    doc_id: str,
    places: set[str] | None = None,
) -> None:
    gold_items, pred_items = _dedupe(kind, gold, gold=True), _dedupe(kind, pred)
    hits: dict[int, int] = {}  # gold index -> pred index
    for g, (forms, _) in enumerate(gold_items):
        hit = next(
            (
                n
                for n, (pforms, _) in enumerate(pred_items)
                if n not in hits.values() and forms & pforms
            ),
            None,
        )
        if hit is not None:
            hits[g] = hit
    if kind == "organisations":  # one body written with and without its region
        open_gold = [g for g in range(len(gold_items)) if g not in hits]
        open_pred = [n for n in range(len(pred_items)) if n not in hits.values()]
        hits.update(
            org_matching.regionless_pairs(
                [f for f, _ in gold_items],
                [f for f, _ in pred_items],
                open_gold,
                open_pred,
                places or set(),
            )
        )
    score = report.scores[kind]
    for g, (_, item) in enumerate(gold_items):
        if g not in hits:
            score.fn += 1
            report.misses.append(
                {"id": doc_id, "type": kind, "missed": item.get("name") or item.get("iso")}
            )
            continue
        score.tp += 1
        if kind in ("officials", "persons"):
            report.roles.append(
                same_role(
                    item.get("role"),
                    pred_items[hits[g]][1].get("role"),
                    official=kind == "officials",
                )
            )
    matched = set(hits.values())
    for n, (_, item) in enumerate(pred_items):
        if n not in matched:
            score.fp += 1
            report.misses.append(
                {"id": doc_id, "type": kind, "spurious": item.get("name") or item.get("iso")}
            )


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def score_document(gold: dict[str, Any], pred: dict[str, Any], report: Report) -> None:
    report.documents += 1
    doc_id = str(gold.get("id"))
    if "error" in pred:
        report.misses.append({"id": doc_id, "error": pred["error"]})
    for kind in TYPES:
        places = org_matching.place_names(gold)
        _match(kind, gold.get(kind) or [], pred.get(kind) or [], report, doc_id, places)
    body = _flat(pred.get("body"))
    if gold.get("body_first"):
        firsts = [_flat(gold["body_first"]), _flat(gold.get("body_first_alt"))]
        report.body_start.append(any(f and body.startswith(f) for f in firsts))
    if gold.get("body_last"):
        report.body_end.append(body.endswith(_flat(gold["body_last"])))
    if "published" in gold:
        report.published.append(gold.get("published") == pred.get("published"))
    if "engagements" in gold and "error" not in pred:
        before = len(report.engagements.misses)
        score(gold, pred, report.engagements)
        report.misses.extend(report.engagements.misses[before:])


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path} line {n}: not JSON ({exc.msg})") from exc
    return records


def _document_for(gold: dict[str, Any], docs: Path, use_province: bool = True) -> dict[str, Any]:
    """The input line for one gold record: inline html/text, else <docs>/<id>.txt|.html."""
    doc: dict[str, Any] = {"id": gold["id"], "url": gold.get("url")}
    if use_province and gold.get("province"):
        doc["province"] = gold["province"]
    for key in ("html", "text"):
        if isinstance(gold.get(key), str):
            return {**doc, key: gold[key]}
    for suffix, key in ((".txt", "text"), (".html", "html")):
        path = docs / f"{gold['id']}{suffix}"
        if path.is_file():
            return {**doc, key: path.read_text(encoding="utf-8", errors="replace")}
    raise InputError(
        f"gold record {gold['id']}: no inline html/text and no {docs}/{gold['id']}.txt|.html"
    )


def predict(
    golds: list[dict[str, Any]], docs: Path, use_province: bool = True
) -> list[dict[str, Any]]:
    lines = [json.dumps(_document_for(g, docs, use_province), ensure_ascii=False) for g in golds]
    return list(extract_records(lines))


def evaluate(
    gold_path: Path,
    pred_path: Path | None = None,
    docs: Path | None = None,
    use_province: bool = True,
    texts: Path | None = None,
) -> Report:
    """Score `pred_path` (or a fresh extraction of the gold's documents) against `gold_path`.
    With `texts`, gold rows are real-corpus rows (body as offsets) joined with <texts>/<id>.txt."""
    golds = read_jsonl(gold_path)
    if texts is not None:
        from pantau.real_corpus import join

        golds = [article.scoring_row() for article in join(golds, texts)]
    report = Report()
    if pred_path is not None:
        preds = {str(p.get("id")): p for p in read_jsonl(pred_path)}
    else:
        folder = docs or gold_path.resolve().parent.parent / "seeds"
        preds = {str(p.get("id")): p for p in predict(golds, folder, use_province)}
        report.province_hints = sum(1 for g in golds if use_province and g.get("province"))
    for gold in golds:
        score_document(gold, preds.get(str(gold.get("id")), {"error": "no prediction"}), report)
    return report


def render(report: Report) -> str:
    lines = [f"{'type':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for kind, s in report.scores.items():
        lines.append(
            f"{kind:<14} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}"
        )

    lines += render_engagements(report.engagements)
    summary = report.as_dict()
    for key in ("role_accuracy", "body_start_accuracy", "body_end_accuracy", "published_accuracy"):
        value = summary[key]
        lines.append(f"{key:<22} {'n/a' if value is None else f'{value:.3f}'}")
    lines.append(f"documents              {report.documents}")
    lines.append(province_note(report))
    return "\n".join(lines)


def province_note(report: Report) -> str:
    """Say whether extraction was given the gold's province: it breaks ties between regions."""
    if report.province_hints:
        return (
            f"province hint: the gold's province was passed for {report.province_hints} of "
            f"{report.documents} documents (--no-province to measure without it)"
        )
    return "province hint: not used"
