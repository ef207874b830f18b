"""Train the NER experiment's small model: `nice python -m benchmarks.ner_train [--minutes 20]`.

Builds DocBins from the sources benchmarks.ner_data describes (train: idner-news-2k train + the real
corpus's TRAIN rows but the last HELD_OUT; dev: idner-news-2k dev + those HELD_OUT rows), then runs
`spacy train` on benchmarks/ner_config.cfg (hash embeddings, no pretrained vectors, one thread) for at
most --minutes; model-best is written under data/cache/ner/model/. Skips with a message when the data
is absent (a user's clone has neither the downloaded set nor the corpus texts).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.ner_data import CACHE, CORPUS, RAW, common_words, conll_docs, corpus_docs, write

CONFIG = Path(__file__).with_name("ner_config.cfg")
IDNER = RAW / "idner-news-2k"
# IndoLEM's NER-UI (github.com/indolem/indolem, ner/data/nerui, fold 01): the snapshot has no licence
# file (the paper says CC BY 4.0), so it is only an optional measurement source, never shipped
NERUI = RAW / "nerui"
HELD_OUT = 30


def missing_data() -> str | None:
    if not (IDNER / "train.txt").is_file():
        return f"{IDNER}/train.txt absent (copy idner-news-2k's CoNLL files there)"
    if not (CORPUS / "train.jsonl").is_file() or not (CORPUS / "texts" / "dev").is_dir():
        return f"{CORPUS}/train.jsonl or {CORPUS}/texts/dev absent (the real corpus is not here)"
    return None


def build(nerui: bool = False) -> dict[str, int]:
    from nlp.pipeline import load

    # Pantau's tokenizer (abbreviation special cases): the model sees what it will run on
    nlp = load()
    rows = [
        r for r in (CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines() if r.strip()
    ]
    fit, held = CACHE / "train_rows.jsonl", CACHE / "held_rows.jsonl"
    CACHE.mkdir(parents=True, exist_ok=True)
    fit.write_text("\n".join(rows[:-HELD_OUT]) + "\n", encoding="utf-8")
    held.write_text("\n".join(rows[-HELD_OUT:]) + "\n", encoding="utf-8")
    texts = CORPUS / "texts" / "dev"
    train = conll_docs(nlp, IDNER / "train.txt") + corpus_docs(nlp, fit, texts)
    common = common_words(train)  # before NER-UI is added: the gate's list is the same either way
    (CACHE / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")
    dev = conll_docs(nlp, IDNER / "dev.txt") + corpus_docs(nlp, held, texts)
    if nerui:
        train += conll_docs(nlp, NERUI / "train.01.tsv")
        dev += conll_docs(nlp, NERUI / "dev.01.tsv")
    return {"train": write(train, CACHE / "train.spacy"), "dev": write(dev, CACHE / "dev.spacy")}


def train(minutes: float, output: Path) -> int:
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    command = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(CONFIG),
        "--output",
        str(output),
        "--paths.train",
        str(CACHE / "train.spacy"),
        "--paths.dev",
        str(CACHE / "dev.spacy"),
    ]
    try:  # spaCy writes model-best at each better evaluation: stopping at the bound keeps it
        return subprocess.run(command, env=env, timeout=minutes * 60, check=False).returncode
    except subprocess.TimeoutExpired:
        print(f"stopped after {minutes} minutes; model-best is the best evaluation so far")
        return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--nerui", action="store_true", help="add NER-UI (measurement only)")
    parser.add_argument("--output", type=Path, default=CACHE / "model")
    args = parser.parse_args()
    why = missing_data()
    if why:
        print(f"skipped: {why}")
        return 0
    print(json.dumps(build(args.nerui)))
    return 0 if args.build_only else train(args.minutes, args.output)


if __name__ == "__main__":
    raise SystemExit(main())
