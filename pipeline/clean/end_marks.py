"""What may follow an article's last sentence on its line and is not its text.

An end mark ("... bangunan.***", "... lalu. ###", "... Camat. *") or a writer's code ("...
sebelumnya.KRC0", "... tergenang air. Jb-01/ham"): a short token with digits after the full stop,
where prose would start a new sentence with a word. Bracketed credits ("(Humas)") are
`byline_rules.CREDIT_TAG`'s.
"""

from __future__ import annotations

import re

CLOSING_MARK = re.compile(
    r"(?<=[.!?\"”’)])(\s*(\*{2,}|#{2,}|-{3,}|={3,})|\s+\*"
    r"|\s*[A-Za-z]{1,5}-?\d{1,3}(/[a-z]{2,5}){0,3})\s*$"
)
