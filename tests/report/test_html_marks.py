"""The HTML report marks a document's findings in one sweep over its cuts; the marks are the
ones a plain reading gives (every span asked at every cut), which was quadratic in the number of
findings."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Finding
from claimcheck.report import html
from claimcheck.report.html import _Span, _marked
from tests.conftest import make_doc


def _plain(doc, spans):
    """The marks as the plain reading gives them: every span asked at every cut."""
    text = doc.text
    spans = [s for s in spans if 0 <= s.start - doc.offset <= s.end - doc.offset <= len(text)]
    cuts = sorted({0, len(text)} | {s.start - doc.offset for s in spans} | {s.end - doc.offset for s in spans})
    starting = defaultdict(list)
    for s in spans:
        starting[s.start - doc.offset].append(s.anchor)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out.extend(f'<span class="anchor" id="{anchor}"></span>' for anchor in starting[a])
        chunk = html._e(text[a:b])
        active = [s for s in spans if s.start - doc.offset <= a and b <= s.end - doc.offset]
        found = [s.finding for s in active if s.finding is not None]
        if found:
            rules = ", ".join(sorted({f.rule for f in found}))
            out.append(f'<mark class="sev-{html._e(html._worst(found))}" title="{html._e(rules)}" '
                       f'data-findings="{html._e(html._finding_tags(found))}">{chunk}</mark>')
        elif active:
            out.append(f'<span class="said">{chunk}</span>')
        else:
            out.append(chunk)
    return "".join(out)


def _finding(n, start, end, severity):
    return Finding(rule=f"core.rule-{n % 3}", severity=severity, message="m", document="doc", path="doc.txt",
                   line=1, column=start + 1, start=start, end=end, text="t")


@st.composite
def _spans(draw):
    text = draw(st.text(alphabet="ab <&\n", max_size=30))
    spans = []
    for n in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text) + 2))
        end = draw(st.integers(start, len(text) + 3))
        severity = draw(st.sampled_from([None, "info", "warning", "error"]))
        spans.append(_Span(start, end, f"a{n}", _finding(n, start, end, severity) if severity else None))
    return text, spans


@settings(max_examples=300)
@given(_spans())
def test_the_marks_of_one_sweep_are_those_of_the_plain_reading(case):
    text, spans = case
    doc = make_doc(text)
    assert _marked(doc, spans) == _plain(doc, spans)
