"""Typed values that flow through claimcheck: documents, claims, findings, the report.

The JSON report (``claimcheck.report/v1``) is produced straight from these models, so
field names here are a public contract: add fields, never rename them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "claimcheck.report/v1"

Severity = Literal["error", "warning", "info", "off"]
SEVERITY_RANK: dict[str, int] = {"off": 0, "info": 1, "warning": 2, "error": 3}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# Publication dates outside this range are typing slips ("0024-05-07"), and date arithmetic
# near year 1 or 9999 would overflow; readers refuse such a date where it is read (the
# extractors themselves accept any date, as their property tests show).
PUBLISHED_RANGE = (dt.date(1800, 1, 1), dt.date(2199, 12, 31))


def check_published(value: dt.date | None) -> dt.date | None:
    lo, hi = PUBLISHED_RANGE
    if value is not None and not lo <= value <= hi:
        raise ValueError(f"publication date {value.isoformat()} is outside {lo.year}-{hi.year}")
    return value


class Document(Frozen):
    """One article as read from disk (or stdin), with the text exactly as given."""

    id: str
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_from: str | None = Field(
        default=None,
        description="Where the publication date came from: 'metadata', 'manifest', "
        "'text:line N' (detected), or None when unknown.",
    )
    text: str = ""
    # Offset of ``text`` inside the file as given (front matter before it), so that
    # claim offsets and line/column always refer to the file on disk.
    offset: int = 0
    line_offset: int = 0


class ClaimBase(Frozen):
    """Fields every claim carries: where it is, exactly, and what it says."""

    id: str
    document: str
    path: str
    line: int = Field(description="1-based line in the file as given")
    column: int = Field(description="1-based column in the file as given")
    start: int = Field(description="character offset of the first character in the file")
    end: int = Field(description="character offset after the last character in the file")
    text: str
    sentence: str


class Setting(Frozen):
    """Where in the article a claim sits: a quotation reports someone's words, a photo
    caption dates the picture, a dateline dates the filing. The extractor finds these once,
    so rules read them instead of reading the text again."""

    quotation: bool = Field(False, description="inside quotation marks")
    caption: bool = Field(False, description="in a photo caption (a paragraph with a photo credit)")
    dateline: bool = Field(False, description="the article's dateline, which dates the filing")


class Event(Frozen):
    """What a claim is about: the happening a date dates, or what a figure counts. Filled
    simply for now (the word that names it, its class, the names around it); the rules that
    tie dates and figures to events across sources build on it."""

    trigger: str | None = Field(None, description="the word naming the happening or the counted thing ('talks', 'killed')")
    category: str | None = Field(None, description="its class ('meeting', 'dead', 'money')")
    participants: list[str] = Field(default_factory=list, description="names (folded) of who or where it involves")


class TemporalClaim(ClaimBase):
    kind: Literal["temporal"] = "temporal"
    value: str | None = Field(None, description="TIMEX-style YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY")
    interval: tuple[dt.date, dt.date] | None = None
    granularity: Literal["day", "week", "month", "quarter", "year", "range"] | None = None
    anchor: str | None = Field(None, description="'publication', 'absolute', or the id of the anchoring claim")
    tense: Literal["past", "present", "future"] | None = None
    weekday: int | None = Field(None, description="0=Monday when the phrase names a weekday")
    reason: str | None = Field(None, description="why the phrase could not be resolved")
    scope: str | None = Field(None, description="the words the phrase dates: the noun phrase after it, else its "
                                                "clause (the phrase blanked, cut at a relational word)")
    subject: list[str] = Field(default_factory=list, description="content words of the scope, time words left out")
    actions: list[str] = Field(default_factory=list, description="the subject words written in lower case: what happened")
    phase: Literal["start", "end"] | None = Field(None, description="the opening or the close of an event")
    repeated: bool = Field(False, description="the scope says the event happens again ('clashed again')")
    ongoing: bool = Field(False, description="an activity over days ('searched', 'the toll rose')")
    bound: bool = Field(False, description="a bound of a state ('by Wednesday', 'as of Monday'), not a happening")
    overnight: bool = Field(False, description="one of two days in 'Friday into Saturday'")
    report: bool = Field(False, description="the date dates the report ('said Tuesday', 'told reporters on "
                                            "Monday', 'in a statement Friday'), not the event reported")
    setting: Setting = Field(default_factory=Setting)
    event: Event | None = None

    def contains(self, day: dt.date) -> bool:
        return self.interval is not None and self.interval[0] <= day <= self.interval[1]

    def overlaps(self, other: "TemporalClaim") -> bool:
        return self.interval[0] <= other.interval[1] and other.interval[0] <= self.interval[1]

    def gap_days(self, other: "TemporalClaim") -> int:
        """Days between two claims' intervals (0 when they overlap)."""
        a, b = self.interval, other.interval
        return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)

    def describe(self) -> str:
        """A reader's wording of what the claim resolves to ("Tuesday, May 7, 2024", "February 2024")."""
        first, last = self.interval
        if self.granularity == "day":
            return f"{first:%A}, {first:%B} {first.day}, {first.year}"
        if self.granularity == "month":
            return f"{first:%B %Y}"
        if self.granularity == "year":
            return str(first.year)
        return f"{first:%B} {first.day}-{last:%B} {last.day}, {last.year}"


class FigureClaim(ClaimBase):
    """What a money or count claim says besides its number, found once by the extractor so
    that rules compare figures of one thing without reading their sentences again."""

    measures: list[str] = Field(default_factory=list, description="which measure of a thing: net, gross, "
                                "per share, forecast, rate, with debt ... (words of the figure's sentence)")
    results: bool = Field(False, description="the sentence reports results (revenue, profit, a quarter)")
    places: list[str] = Field(default_factory=list, description="where the sentence places the figure (folded)")
    recipients: list[str] = Field(default_factory=list, description="whom the figure is for: names after 'for' or "
                                  "'to' right after it ('a package for Ukraine and Israel': ukraine, israel; folded)")
    qualifiers: list[str] = Field(default_factory=list, description="capitalised words between a count and its noun")
    share_of: list[str] = Field(default_factory=list, description="what a percentage is a share of (content words)")
    tally: str | None = Field(None, description="the kind of casualty count nearest the figure (dead, injured ...)")
    rising: bool = Field(False, description="given as the new value of a rising tally ('rose to 2,681')")
    clock: str | None = Field(None, description="the time of day the figure is given at, 24-hour ('until 7.30 "
                              "p.m.': '19:30'), from its sentence or the sentence before")
    snapshot: bool = Field(False, description="the time is a cut-off ('until', 'as of', 'by'): a tally at that hour")
    owner: str | None = Field(None, description="the proper name a figure in parentheses right after it belongs to "
                              "('Ronaldo (€94m)': 'ronaldo')")
    declared: list[str] = Field(default_factory=list, description="ids of the pack subjects the figure is about: "
                                "those whose terms its sentence names nearest to it")
    tense: Literal["past", "present", "future"] | None = None
    setting: Setting = Field(default_factory=Setting)
    event: Event | None = None


class MoneyClaim(FigureClaim):
    kind: Literal["money"] = "money"
    amount: float
    currency: str | None = None
    low: float
    high: float
    hedge: str | None = None
    currency_assumed: bool = False
    subject: list[str] = Field(default_factory=list)
    period: str | None = None
    value: float | None = Field(None, description="the amount again, under the name every figure shares")
    unit: str | None = Field(None, description="the currency again, under the name every figure shares")


class CountClaim(FigureClaim):
    kind: Literal["count"] = "count"
    value: float
    low: float
    high: float
    hedge: str | None = None
    unit: str | None = None
    subject: list[str] = Field(default_factory=list)
    period: str | None = None


class AgeClaim(ClaimBase):
    """A person's age as an article states it ("Jane Doe, 26,", "26-year-old Jane Doe"),
    bound to the person, so that sources can be compared person by person."""

    kind: Literal["age"] = "age"
    value: int
    person: str = Field(description="the person's name as written nearest the age ('Jane Doe', 'Doe')")
    surname: str = Field(description="the folded surname that links the person across sources ('doe')")
    given: str | None = Field(None, description="the folded given name, when the article gives the full name")


class RoleClaim(ClaimBase):
    kind: Literal["role"] = "role"
    person: str
    title: str
    person_id: str | None = None
    modifier: str | None = None
    organisation: str | None = None
    loose: bool = Field(False, description="lowercase descriptor such as 'top diplomat'")


class NameClaim(ClaimBase):
    kind: Literal["name"] = "name"
    name: str
    canonical: str | None = None
    entity: Literal["person", "thing"] = "thing"
    person_id: str | None = None


Claim = Annotated[
    Union[TemporalClaim, MoneyClaim, CountClaim, AgeClaim, RoleClaim, NameClaim],
    Field(discriminator="kind"),
]


class Related(Frozen):
    """Another place that bears on a finding, usually in another source."""

    document: str
    path: str
    line: int
    column: int
    text: str


class Finding(Frozen):
    rule: str
    severity: Severity
    message: str
    document: str
    path: str
    line: int
    column: int
    start: int
    end: int
    text: str
    claims: list[str] = Field(default_factory=list)
    related: list[Related] = Field(default_factory=list)
    suggestion: str | None = None

    def sort_key(self) -> tuple[Any, ...]:
        # line and column first: findings without a claim (an unreadable JSONL record) have
        # no offsets but do have a line, and must still sort where they are in the file.
        return (self.path, self.line, self.column, self.start, self.end, self.rule, self.message)


class Summary(Frozen):
    documents: int
    claims: int
    findings: int
    by_severity: dict[str, int]
    by_rule: dict[str, int]
    claims_by_kind: dict[str, int]


class Report(Frozen):
    schema_: str = Field(SCHEMA, alias="schema")
    documents: list[Document]
    claims: list[Claim]
    findings: list[Finding]
    summary: Summary

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict[str, Any]:
        """The v1 report as plain JSON data (document texts left out, as the contract says)."""
        data = self.model_dump(mode="json", by_alias=True)
        data["documents"] = [
            {k: v for k, v in d.items() if k not in {"text", "offset", "line_offset"}}
            for d in data["documents"]
        ]
        return data


def summarise(documents: list[Document], claims: list[Any], findings: list[Finding]) -> Summary:
    def count(values: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for v in values:
            out[v] = out.get(v, 0) + 1
        return dict(sorted(out.items()))

    return Summary(
        documents=len(documents),
        claims=len(claims),
        findings=len(findings),
        by_severity=count([f.severity for f in findings]),
        by_rule=count([f.rule for f in findings]),
        claims_by_kind=count([c.kind for c in claims]),
    )
