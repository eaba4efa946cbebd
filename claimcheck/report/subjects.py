"""Who says what: claims grouped by what they are about, one row per source.

The HTML report answers "do the sources agree?" at a glance: for each subject that more than
one source speaks of (a person's title and spelling, a declaration's name, a figure or a date
that a cross-source rule compared) it lists what each source says and where, marks the value
most sources give and the rows a finding sits on. Everything comes from the report itself:

- role claims, grouped by person (the roster id when linked, else the name as written);
- names of things with a canonical form, grouped by that form;
- the claims a cross-source finding rests on (a figure, a date), grouped by that finding.

``subject_of`` is the one place that says what a claim is about; when claims carry richer
"about" fields it is the function to extend.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..models import Finding, Report


LABEL_CHARS = 90  # a date's subject is labelled by its sentence, cut to about a line


@dataclass(frozen=True)
class Topic:
    """What a claim is about: a stable key, a label for people, and a family ('person', ...)."""

    key: str
    label: str
    family: str


@dataclass
class Row:
    """One source's statements about a subject."""

    document: str
    path: str
    claims: list[Any]
    findings: list[Finding] = field(default_factory=list)
    majority: bool = False


@dataclass
class Subject:
    topic: Topic
    rows: list[Row]
    majority: str | None  # the value most sources give, when they give more than one (None on a tie)
    agree: bool  # every source that states a value states the same one
    findings: list[Finding]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).lower().split())


def subject_of(claim: Any) -> Topic | None:
    """What ``claim`` is about, when the claim alone says so (figures and dates do not: their
    subject comes from the finding that compared them)."""
    if claim.kind == "role":
        return Topic(f"person:{claim.person_id or _fold(claim.person)}", claim.person, "person")
    if claim.kind == "name" and claim.entity == "thing" and claim.canonical:
        return Topic(f"name:{_fold(claim.canonical)}", claim.canonical, "name")
    return None


def value_of(claim: Any) -> str | None:
    """The value sources are compared on (folded), or None when the claim states none
    firmly (a loose descriptor, a former title)."""
    if claim.kind == "role":  # "presidents X and Y" gives each the title "president"
        return None if claim.loose or claim.modifier else re.sub(r"s$", "", _fold(claim.title))
    if claim.kind == "name":
        return _fold(claim.name)
    if claim.kind == "money":
        return f"{claim.amount:.15g} {claim.currency or ''}".strip()
    if claim.kind == "count":
        return f"{claim.value:.15g} {claim.unit or ''}".strip()
    if claim.kind == "temporal":
        return claim.value or _fold(claim.text)
    return None


def _finding_topic(f: Finding, first: Any) -> Topic:
    """A figure is labelled by its subject words; a date, which has none, by its sentence."""
    family = {"money": "figure", "count": "figure", "temporal": "date"}.get(first.kind, first.kind)
    about = " ".join(getattr(first, "subject", []) or []) if family == "figure" else ""
    if not about:  # a date's subject words (its scope) read worse than its sentence
        sentence = " ".join(first.sentence.split()).lstrip("—–-•* ")  # a dateline's dash
        about = sentence if len(sentence) <= LABEL_CHARS else sentence[: LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return Topic(f"finding:{f.rule}:{first.id}", about, family)


def _touches(f: Finding, c: Any) -> bool:
    return f.document == c.document and f.start < c.end and c.start < f.end


def group_subjects(report: Report) -> list[Subject]:
    """Subjects with claims in more than one source; those with findings first."""
    by_id = {c.id: c for c in report.claims}
    topics: dict[str, Topic] = {}
    members: dict[str, dict[str, Any]] = defaultdict(dict)
    for c in report.claims:
        topic = subject_of(c)
        if topic is not None:
            topics.setdefault(topic.key, topic)
            members[topic.key][c.id] = c
    for f in report.findings:
        claims = [by_id[i] for i in f.claims if i in by_id]
        if not f.related or not claims or subject_of(claims[0]) is not None:
            continue  # findings about people and names join the person's or the name's subject
        topic = _finding_topic(f, claims[0])
        topics.setdefault(topic.key, topic)
        for c in claims:
            members[topic.key][c.id] = c
    subjects = [_subject(topics[k], list(cs.values()), report.findings) for k, cs in members.items()]
    subjects = [s for s in subjects if len(s.rows) > 1]
    return sorted(subjects, key=lambda s: (not s.findings, -len(s.rows), s.topic.label.lower(), s.topic.key))


def _subject(topic: Topic, claims: list[Any], findings: list[Finding]) -> Subject:
    rows: dict[str, Row] = {}
    for c in sorted(claims, key=lambda c: (c.path, c.start, c.end, c.id)):
        rows.setdefault(c.document, Row(c.document, c.path, [])).claims.append(c)
    sources_per_value = Counter(v for row in rows.values() for v in {value_of(c) for c in row.claims} if v)
    ranked = sources_per_value.most_common(2)
    majority = None
    if len(sources_per_value) > 1 and ranked[0][1] > ranked[1][1]:
        majority = ranked[0][0]
    seen: list[Finding] = []
    for row in rows.values():
        row.findings = [f for f in findings if any(_touches(f, c) for c in row.claims)]
        row.majority = majority is not None and any(value_of(c) == majority for c in row.claims)
        seen.extend(f for f in row.findings if f not in seen)
    ordered = sorted(rows.values(), key=lambda r: (r.path, r.document))
    return Subject(topic, ordered, majority, len(sources_per_value) == 1, seen)
