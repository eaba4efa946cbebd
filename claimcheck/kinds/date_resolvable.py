"""A relative date phrase that cannot be resolved: there is no publication date, or no anchor.

"said Tuesday" needs the publication date; "the month before" needs an earlier date in
the same article. Without them a checker cannot say which day is meant, and neither can
a reader of a republished copy. Reported as information, with the reason.

Fires (no publication date): ``The minister said Tuesday that talks went well.``
Silent (published 2024-05-08): ``The minister said Tuesday that talks went well.``
"""

from __future__ import annotations

from typing import Iterator

from .base import DocumentContext, Hit, KindOptions

NAME = "date-resolvable"
SCOPE = "document"
# The values a message template may name ("{reason}"), besides "{message}".
FIELDS = ("reason", "written")


class Options(KindOptions):
    pass


def check(ctx: DocumentContext, options: Options) -> Iterator[Hit]:
    for claim in ctx.of("temporal"):
        if claim.value is None and claim.reason:
            yield Hit(claim=claim, message=f"cannot resolve {claim.text!r}: {claim.reason}",
                      values={"reason": claim.reason, "written": claim.text})
