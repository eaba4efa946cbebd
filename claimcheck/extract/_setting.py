"""Where in an article a claim sits: in a quotation, in a photo caption.

A quotation reports someone's words (a source may quote a wrong figure on purpose); a
caption dates the picture, not the event. Found once per claim by the extractors and kept
in the claim's ``setting``.
"""

from __future__ import annotations

import re

# A photo caption dates the picture: "X speaks at the hearing on May 7, 2024. (AP Photo/Name)",
# "... on Jan. 7, 2023. Outlet via Getty Images", "... [Name / Outlet]".
_CREDIT = re.compile(
    r"(?:\((?:AP|AFP|Reuters|EPA|Xinhua)?\s*Photos?\b[^()\n]*\)|\bvia\s+Getty\s+Images\b|\bGetty\s+Images\s*$|"
    r"\b(?:Photo|Photograph|Image|Picture)\s*(?:credit)?\s*:|\bCredit\s*:|\bFile\s+photo\b|"
    r"[\[(][^\[\]()\n]{2,60}\s/\s?[^\[\]()\n]{2,60}[\])]\s*$|\((?:AP|AFP|Reuters)\s*/[^()\n]+\)\s*$)",
    re.I | re.M)


# A caption is a sentence or two: a longer paragraph is body text, and bounding the paragraph
# keeps the test local (a whole-paragraph search per claim made one long line quadratic).
CAPTION_MAX = 1200


def in_caption(text: str, start: int, seen: dict[int, bool] | None = None) -> bool:
    """``text[start]`` is in a paragraph (of at most ``CAPTION_MAX`` characters) that carries a
    photo credit, or whose next line is one alone ("(Name / Agency)" under the caption).
    ``seen`` keeps the answer per paragraph for the other claims of one document."""
    lo = text.rfind("\n", max(0, start - CAPTION_MAX), start) + 1
    if lo == 0 and start > CAPTION_MAX:
        return False
    if seen is not None:
        if lo not in seen:
            seen[lo] = in_caption(text, start)
        return seen[lo]
    hi = text.find("\n", start, lo + CAPTION_MAX + 1)
    if hi < 0:
        return len(text) - lo <= CAPTION_MAX and bool(_CREDIT.search(text, lo))
    if _CREDIT.search(text, lo, hi):
        return True
    after = text.find("\n", hi + 1, hi + 82)
    nxt = text[hi + 1:after if after >= 0 else hi + 82]
    return len(nxt) < 80 and bool(_CREDIT.fullmatch(nxt.strip()))


_QUOTE_REACH = 2000  # characters looked back for an open quotation (a quotation is a paragraph or less)


def in_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is inside quotation marks opened earlier in its paragraph:
    an open curly quotation (more “ than ” before it), or an odd number of straight ones."""
    lo = max(text.rfind("\n", max(0, start - _QUOTE_REACH), start) + 1, start - _QUOTE_REACH, 0)
    before = text[lo:start]
    if "“" in before or "”" in before:
        return before.count("“") > before.count("”")
    return before.count('"') % 2 == 1
