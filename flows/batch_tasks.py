"""The batch tasks of the process flow (flows.process): cleaning and extraction of one batch,
cached by the hash of their input and of the code that runs them, and how their results are
gathered (a failed batch is reported, the others kept).
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from datetime import timedelta
from typing import Any

from prefect import task
from prefect.tasks import exponential_backoff

from crawlers.portals import site_selectors
from flows.progress import Step
from flows.steps import (
    CleanResult,
    Extracted,
    attach_html,
    clean_pages,
    code_fingerprint,
    extract_batch,
)
from pipeline.core.settings_model import Settings

CACHE_DAYS = 30
CLEAN_WINDOW = 4  # batches of HTML in memory at once: the workers' two, and two waiting


def _hash(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def _clean_key(context: Any, parameters: dict[str, Any]) -> str:
    pages = [(p["url"], p.get("sha256"), p.get("portal")) for p in parameters["pages"]]
    # the site parsers' selectors live in the portal records (crawlers/), outside the fingerprint
    selectors = {
        key: repr(site_selectors().get(key))
        for key in sorted(set(filter(None, parameters["parsers"].values())))
    }
    return "clean-" + _hash(code_fingerprint("pipeline"), pages, parameters["parsers"], selectors)


def _extract_key(context: Any, parameters: dict[str, Any]) -> str:
    items = [
        (
            i["article_id"],
            hashlib.sha256(i["body"].encode()).hexdigest(),
            i.get("published"),
            i.get("province"),
            i.get("page_year"),
        )
        for i in parameters["items"]
    ]
    # v2: the result became `Extracted` (mentions and flags); a v1 entry holds a bare mentions dict
    return "extract-v2-" + _hash(code_fingerprint("nlp"), items)


@task(
    name="clean-batch",
    cache_key_fn=_clean_key,
    persist_result=True,
    cache_expiration=timedelta(days=CACHE_DAYS),
)
def clean_task(pages: list[dict[str, Any]], parsers: dict[str, str | None]) -> CleanResult:
    return clean_pages(pages, parsers)


@task(
    name="extract-batch",
    cache_key_fn=_extract_key,
    persist_result=True,
    cache_expiration=timedelta(days=CACHE_DAYS),
)
def extract_task(items: list[dict[str, Any]]) -> Extracted:
    return extract_batch(items)


def _settle(future: Any, number: int, step: Step, errors: list[str], what: str) -> Any:
    """The result of a finished batch task; a batch that failed for good is reported, None."""
    try:
        return future.result()
    except Exception as exc:  # one broken batch must not lose the others
        errors.append(f"{what} batch {number}: {type(exc).__name__}: {exc}"[:400])
        return None
    finally:
        step.advance()


def gather(futures: list[Any], step: Step, errors: list[str], what: str) -> list[Any]:
    """Results of finished batch tasks, in order (None for a failed batch)."""
    return [_settle(future, number, step, errors, what) for number, future in enumerate(futures)]


def retrying(task_obj: Any, config: Settings, use_cache: bool) -> Any:
    return task_obj.with_options(
        refresh_cache=not use_cache,
        retries=config.flows.retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=float(config.flows.retry_delay)),
    )


def _with_html(chunk: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bool]:
    """The batch with its HTML (read now when it is only an index); True when read here."""
    if all("html" in page for page in chunk):
        return chunk, False
    return attach_html(chunk), True


def clean_stream(
    chunks: list[list[dict[str, Any]]],
    parsers: dict[str, str | None],
    cleaner: Any,
    step: Step,
    errors: list[str],
) -> list[Any]:
    """Submit the clean batches with at most CLEAN_WINDOW of them (and their HTML) in flight."""
    results: list[Any] = []
    in_flight: deque[tuple[Any, list[dict[str, Any]], bool]] = deque()

    def settle_oldest() -> None:
        future, pages, read_here = in_flight.popleft()
        results.append(_settle(future, len(results), step, errors, "clean"))
        if read_here:  # the task is done: let its HTML go even if Prefect keeps the parameters
            for page in pages:
                page.pop("html", None)

    for chunk in chunks:
        pages, read_here = _with_html(chunk)
        in_flight.append((cleaner.submit(pages, parsers), pages, read_here))
        if len(in_flight) >= CLEAN_WINDOW:
            settle_oldest()
    while in_flight:
        settle_oldest()
    return results
