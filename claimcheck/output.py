"""Writing what a run produces, safely: a report file replaced whole or not at all, stdout
errors said in words, names that cannot play tricks on a terminal or break XML, and our
own reports recognised so that they are never read back as articles.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .errors import ConfigError
from .models import Report


def write_atomic(path: str | Path, text: str | Iterable[str], newline: str | None = None) -> None:
    """Write ``text`` to a temporary file beside ``path`` and rename it over ``path``: a full
    disk or a crash leaves the earlier file whole, never a truncated one. ``text`` may be
    pieces written one at a time (a JSON Lines report is never held whole); ``newline=""``
    writes line ends exactly as given (an article fixed in place keeps its CRLF)."""
    target = Path(path)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                handle.writelines(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The mode of the file replaced, or what a new file gets (mkstemp makes it private)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def stdout_errors() -> Iterator[None]:
    """Turn a failing stdout (a full disk) into 'cannot write output', exit 2. A reader that
    went away (``| head``) is left to the caller: that is no error of ours."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        # the buffered rest would fail again when the interpreter exits
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise ConfigError(f"cannot write output: {e.strerror or e}") from None


# --------------------------------------------------------------------------- names

# C0 and C1 controls (ESC starts terminal escape sequences; XML 1.0 refuses most of them),
# line and paragraph separators, and the bidirectional overrides that reorder what is shown.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNPRINTABLE_IN_NAME = re.compile(_UNPRINTABLE.pattern.replace("\\x0b", "\\x09-\\x0b"))


def _escape(m: re.Match) -> str:
    return ascii(m.group())[1:-1]


def printable_name(name: str) -> str:
    """A file name as it can be shown: controls written as escapes (``\\x1b``)."""
    return _UNPRINTABLE_IN_NAME.sub(_escape, name)


def printable_text(text: str) -> str:
    """Text from an article as it can be shown: controls escaped, tabs and line ends kept."""
    return _UNPRINTABLE.sub(_escape, text)


# The formats read by people and terminals, which get ``printable_report``; JSON, JSON Lines
# and SARIF keep every value exact, and HTML escapes for itself.
PRINTABLE_FORMATS = ("text", "github", "junit")


def printable_report(report: Report) -> Report:
    """The report with names and quoted text escaped, for the formats read by people and
    terminals (text, GitHub, JUnit); JSON and SARIF keep every value exact."""
    findings = [
        f.model_copy(update={
            "path": printable_name(f.path), "document": printable_name(f.document),
            "message": printable_text(f.message), "text": printable_text(f.text),
            "suggestion": None if f.suggestion is None else printable_text(f.suggestion),
            "related": [r.model_copy(update={"path": printable_name(r.path), "text": printable_text(r.text),
                                             "document": printable_name(r.document)}) for r in f.related],
        })
        for f in report.findings
    ]
    documents = [d.model_copy(update={"path": printable_name(d.path), "id": printable_name(d.id)})
                 for d in report.documents]
    return report.model_copy(update={"findings": findings, "documents": documents})


# --------------------------------------------------------------------------- own reports

# The first bytes of each report format claimcheck writes: JSON, SARIF, JUnit, GitHub, and a
# text report's first finding line (``--quiet`` writes no summary).
_OWN_HEAD = re.compile(
    rb'\A(?:\{\s*"schema":\s*"claimcheck\.report/|\{\s*"\$schema":[^\n]*sarif[^\n]*\n\s*"version"[\s\S]{0,400}'
    rb'"name":\s*"claimcheck"|<\?xml[^\n]*\n<testsuites name="claimcheck"|::(?:error|warning|notice) file=[^\n]*'
    rb'title=claimcheck |[^\n]+:\d+:\d+: (?:error|warning|info) [a-z0-9][a-z0-9_-]*\.[a-z0-9_.-]+ )')
# The last bytes: the text summary ('Checked 5 documents, 151 claims: 1 error.', led by the
# corpus with --each; '(s)' in older reports), --statistics after it; the JSON Lines summary.
_OWN_TAIL = re.compile(
    rb"(?:^|\n)(?:[^\n]*: )?Checked \d+ (?:documents?|drafts?|document\(s\)|draft\(s\))[^\n]*: [^\n]*\.\n"
    rb"(?:\s*\d+  [\w.-]+\n)*\Z"
    rb'|(?:^|\n)\{"type": "summary", (?:"corpus": "[^\n]*", )?"schema": "claimcheck\.report/[^\n]*\n\Z')


def is_own_report(data: bytes) -> bool:
    """Whether ``data`` is a report claimcheck wrote (any format): such a file in a checked
    folder is output, never an article to check."""
    tail = data[-4096:]
    # the tail pattern tries every line start and reads each line to its end: asked only
    # where one of its fixed words is there (most articles hold neither)
    return bool(_OWN_HEAD.match(data[:2048])
                or ((b"Checked " in tail or b'{"type": "summary", ' in tail) and _OWN_TAIL.search(tail)))


def refuse_to_overwrite_input(output: str | Path | None, paths: list[str]) -> None:
    """``-o`` naming a file the run reads as an article would destroy it: exit 2 instead.
    (Our own earlier report there is no article: readers skip it.)"""
    if not output:
        return
    target = Path(output).resolve()
    for p in paths:
        if Path(p).resolve() == target:
            raise ConfigError(f"{printable_name(str(output))} is one of the articles checked; "
                              "write the report to another file", str(output))
