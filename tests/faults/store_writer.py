"""A child process that stores synthetic articles and their mentions batch by batch.

    python -m tests.faults.store_writer DATA_DIR BATCHES BATCH_SIZE

Prints "batch <i>" after each committed batch, so a parent can SIGKILL it while the next one is
being written. Re-running it with the same arguments must converge on the same tables.
"""

from __future__ import annotations

import sys
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from pipeline.core.article import Article
from pipeline.store import TableStore
from tests.hostile.articles import make_article

WIB = ZoneInfo("Asia/Jakarta")


def article(i: int) -> Article:
    synth = make_article(5000 + i, host=f"portal{i % 3}.contoh.go.id")
    published = datetime.combine(datetime.fromisoformat(synth.published).date(), time(9), WIB)
    return Article(
        url=synth.url,
        title=synth.title,
        body=synth.body,
        published_at=published,
        portal=f"portal{i % 3}",
        province="Banten",
        lang="id",
    )


def mentions(a: Article) -> list[dict]:
    """The first three words as PERSON mentions, at their real offsets."""
    out, start = [], 0
    for word in a.body.split()[:3]:
        start = a.body.index(word, start)
        out.append(
            {
                "article_id": a.article_id,
                "type": "PERSON",
                "text": word,
                "start": start,
                "end": start + len(word),
                "normalized": word,
                "sentence": a.body[:80],
            }
        )
        start += len(word)
    return out


def write(data_dir: Path, batches: int, size: int) -> None:
    store = TableStore(data_dir)
    for b in range(batches):
        items = [article(b * size + k) for k in range(size)]
        store.upsert_articles(items)
        for a in items:
            store.replace_mentions([a.article_id], mentions(a))
        print(f"batch {b}", flush=True)


if __name__ == "__main__":
    write(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
