"""What every score of `pantau eval` shares: name normalisation and a precision/recall/F1 tally."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAREN = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^\w]+")


def norm(text: str | None) -> str:
    return _NON_WORD.sub(" ", _PAREN.sub(" ", (text or "").lower())).strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }
