"""Camera and upload file names a text dump prints where a page showed a picture.

A page's image leaves its file name in the dump ("IMG_20220515_081738", "IMG 20250906 WA0028
scaled", "WhatsApp Image 2024-05-02 at 10.15.30", "DSC_7970a"), alone on a line or glued before the
paragraph that follows it ("DSC_7970a Desa Sukamaju ..."). Glued, it would open the body: it is cut
there. A name alone on its line is left: it is not prose, so it never opens a body, and inside a
body it is part of the page's span (the gold's too). Such names are what cameras and phones
write (IMG, DSC, DSCF, DSCN, PXL, VID and a number; WhatsApp's "IMG-20240502-WA0012"), with the
suffixes an upload adds ("-scaled", "-min", "-1024x683", ".jpg"): never a word of the article.
"""

from __future__ import annotations

import re

_NAME = (
    r"(?:(?:IMG|DSC[FN]?|DCIM|PXL|VID|MVIMG)[\s_-]?\d{3}[\w-]*(?:[\s_-]+(?:\d[\w-]*|WA\d+))*"
    r"|WhatsApp[\s_-]Image[\s_-]\d{4}-\d{2}-\d{2}[\s_-]at[\s_-][\d.]+(?:[\s_-]?\(\d+\))?)"
    r"(?:[\s_-]+(?:scaled|min|edited|\d{2,4}x\d{2,4}))*(?:\.(?:jpe?g|png|webp|heic))?"
)
# Glued before a paragraph: the name, then a capitalised word (the caption or the paragraph).
_LEADING = re.compile(rf"^{_NAME}\s+(?=[A-Z“\"])")


def without_file_names(lines: list[str]) -> list[str]:
    """Lines without the camera file name glued before their first word."""
    return [_LEADING.sub("", line, count=1) for line in lines]
