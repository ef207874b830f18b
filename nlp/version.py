"""The extractor's version, stored with every mention: a stored article extracted by another
version is extracted again on the next `pantau process` (its rows are replaced).

It is derived, never bumped by hand: `pantau-nlp/<SERIES>+<fingerprint>`, the fingerprint a hash
of nlp/'s code, config and lexicon data files, so any change to what can alter an extraction
gives a new version. SERIES changes only to mark a deliberate new generation of the extractor.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

SERIES = 3
ROOT = Path(__file__).resolve().parent
FINGERPRINTED = frozenset({".py", ".cfg", ".json", ".txt", ".tsv", ".csv", ".toml"})


def fingerprint(root: Path = ROOT) -> str:
    """12 hex digits of a hash over the relative path and bytes of every fingerprinted file."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in FINGERPRINTED and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


VERSION = f"pantau-nlp/{SERIES}+{fingerprint()}"
