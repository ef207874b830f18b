"""`pantau extract`: JSONL documents in (html or text), DESIGN.md extraction objects out.

Each line is cleaned (pipeline.clean) and run through the NLP stage; a malformed line gives
`{"id", "error"}` and the run goes on. Output order is input order."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.clean.text_dates import url_year
from pipeline.core.errors import Dropped, InputError, Reason

BATCH = 32


@dataclass
class Prepared:
    """One input line after cleaning: what the NLP stage needs and what the output echoes."""

    id: str
    title: str | None
    published: date | None
    body: str
    province: str | None
    page_year: int | None = None  # the url's year, for day-month dates when nothing gives the day


def _cleaners() -> Any:
    try:
        import pipeline.clean as clean
    except ImportError as exc:  # the cleaning stage is a separate package; say so plainly
        raise InputError(
            f"pipeline.clean is not available ({exc}); cannot clean input documents"
        ) from exc
    return clean


def _published(value: object, source: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise Dropped(
            Reason.MALFORMED_INPUT, f"'published' is not an ISO date: {value!r}", source
        ) from exc


def prepare(record: object, line_no: int) -> Prepared:
    """Clean one parsed input record; raises Dropped with a reason for unusable records."""
    where = f"line {line_no}"
    if not isinstance(record, dict) or "id" not in record:
        raise Dropped(Reason.MALFORMED_INPUT, "expected an object with an 'id'", where)
    doc_id, url = str(record["id"]), record.get("url")
    clean = _cleaners()
    if isinstance(record.get("html"), str):
        article = clean.clean_html(record["html"], url)
    elif isinstance(record.get("text"), str):
        article = clean.clean_text(record["text"], url)
    else:
        raise Dropped(
            Reason.MALFORMED_INPUT, "needs an 'html' or 'text' string", f"{where} id={doc_id}"
        )
    published = _published(record.get("published"), where) or (
        article.published_at.date() if article.published_at else None
    )
    return Prepared(
        doc_id,
        article.title,
        published,
        article.body,
        record.get("province") or article.province,
        url_year(url),
    )


def _parse_line(line: str, line_no: int) -> object:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise Dropped(Reason.MALFORMED_INPUT, f"not JSON: {exc.msg}", f"line {line_no}") from exc


def _error(record: object, line_no: int, exc: Exception) -> dict[str, Any]:
    doc_id = record.get("id") if isinstance(record, dict) else None
    return {"id": doc_id if doc_id is not None else f"line-{line_no}", "error": str(exc)}


def _extract_all(ready: list[Prepared]) -> list[Any]:
    """Extractions for a batch; if the batch fails, each item alone, an exception for a bad one."""
    import nlp  # here: spaCy takes seconds to load; a file of bad lines fails fast without it

    try:
        return list(nlp.extract_many((p.body, p.published, p.province, p.page_year) for p in ready))
    except Exception:  # one bad text must not lose the others in its batch
        results: list[Any] = []
        for p in ready:
            try:
                results.append(
                    nlp.extract(
                        p.body, published=p.published, province=p.province, page_year=p.page_year
                    )
                )
            except Exception as exc:
                results.append(exc)
        return results


def extract_records(lines: Iterable[str | Dropped]) -> Iterator[dict[str, Any]]:
    """Output objects for JSONL input lines, in order (batched through nlp.extract_many); a line
    that could not be decoded arrives as a Dropped and becomes that line's error object."""
    pending: list[tuple[int, Prepared | dict[str, Any]]] = []

    def flush() -> Iterator[dict[str, Any]]:
        ready = [p for _, p in pending if isinstance(p, Prepared)]
        results = iter(_extract_all(ready))
        for line_no, item in pending:
            if isinstance(item, Prepared):
                found = next(results)
                if isinstance(found, Exception):
                    failed = Dropped(
                        Reason.EXTRACTION_FAILED,
                        f"{type(found).__name__}: {found}",
                        f"line {line_no}",
                    )
                    yield {"id": item.id, "error": str(failed)}
                    continue
                yield {
                    "id": item.id,
                    "title": item.title,
                    "published": item.published.isoformat() if item.published else None,
                    "body": item.body,
                    **found.as_output(item.title),
                    **({"flags": found.flags} if found.flags else {}),
                }
            else:
                yield item
        pending.clear()

    for line_no, line in enumerate(lines, start=1):
        if isinstance(line, Dropped):
            failed = Dropped(line.reason, line.detail, f"line {line_no}")
            pending.append((line_no, _error(None, line_no, failed)))
            continue
        if not line.strip():
            continue
        record: object = None
        try:
            record = _parse_line(line, line_no)
            pending.append((line_no, prepare(record, line_no)))
        except Dropped as exc:
            pending.append((line_no, _error(record, line_no, exc)))
        except Exception as exc:  # a cleaner bug on one page must not stop the run
            failed = Dropped(
                Reason.EXTRACTION_FAILED, f"{type(exc).__name__}: {exc}", f"line {line_no}"
            )
            pending.append((line_no, _error(record, line_no, failed)))
        if len(pending) >= BATCH:
            yield from flush()
    yield from flush()


def extract_file(input_path: Path, output_path: Path | str) -> dict[str, int]:
    """Run `extract_records` over a JSONL file; the output is written whole or not at all
    (pantau/output_file.py: `-` is stdout; folders, devices and missing folders are refused)."""
    from pantau.input_lines import read_lines
    from pantau.output_file import open_output, resolve_target

    if not input_path.is_file():
        raise InputError(f"{input_path}: no such input file")
    resolve_target(output_path)  # refuse a bad output before the (slow) extraction starts
    counts = {"documents": 0, "errors": 0}
    with open_output(output_path) as sink:
        for obj in extract_records(read_lines(input_path)):
            counts["documents"] += 1
            counts["errors"] += "error" in obj
            sink.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return counts
