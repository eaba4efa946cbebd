"""The data sections of a rule pack: roster, names, events, subjects, language.

Story knowledge lives here, in YAML, never in Python. Sections from several packs are
merged into one ``PackData`` that extractors and rule kinds read.
"""

from __future__ import annotations

import datetime as dt
from functools import reduce
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationInfo, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError, ValidationError

from .language.lexicon import Lexicon, extend


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(Strict):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list, description="other accepted forms of the name")
    misspellings: list[str] = Field(default_factory=list, description="known wrong spellings")
    note: str | None = Field(None, description="what is known, or could not be confirmed, about the person")


class Office(Strict):
    id: str
    titles: list[str] = Field(min_length=1, description="accepted titles; the first is the preferred one")
    wrong_titles: list[str] = Field(default_factory=list, description="titles known to be wrong for this office")
    descriptors: list[str] = Field(default_factory=list, description="loose lowercase descriptors ('top diplomat')")
    organisation: str | None = None
    country: str | None = None
    demonyms: list[str] = Field(default_factory=list)


class Tenure(Strict):
    person: str
    office: str
    start: dt.date | None = None
    end: dt.date | None = Field(None, description="first day out of office; empty while in office")
    source: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "Tenure":
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"tenure ends ({self.end}) before it starts ({self.start})")
        return self


class Roster(Strict):
    """People, the offices they can hold, and who held which office when.

    Tenures of one person may overlap (different offices). A tenure that names an unknown
    person or office is an error placed on that tenure's line.
    """

    people: list[Person] = Field(default_factory=list)
    offices: list[Office] = Field(default_factory=list)
    tenures: list[Tenure] = Field(default_factory=list)

    @field_validator("tenures")
    @classmethod
    def _references(cls, tenures: list[Tenure], info: ValidationInfo) -> list[Tenure]:
        people = {p.id for p in info.data.get("people", [])}
        offices = {o.id for o in info.data.get("offices", [])}
        errors = []
        for n, t in enumerate(tenures):
            for field, known in (("person", people), ("office", offices)):
                value = getattr(t, field)
                if value not in known:
                    errors.append(InitErrorDetails(
                        type=PydanticCustomError("unknown_reference", "tenure names unknown {field} '{value}'",
                                                 {"field": field, "value": value}),
                        loc=(n, field), input=value,
                    ))
        if errors:
            raise ValidationError.from_exception_data("Roster", errors)
        return tenures

class CanonicalName(Strict):
    canonical: str
    accepted: list[str] = Field(default_factory=list, description="accepted short forms")
    wrong: list[str] = Field(default_factory=list, description="known wrong forms")
    type: str | None = Field(None, description="declaration, law, agency, event ...")


class Event(Strict):
    id: str
    name: str | None = None
    terms: list[str] = Field(min_length=1, description="words or phrases that mark a mention of the event")
    date: dt.date | None = Field(None, description="the known day, when checked")


class Subject(Strict):
    id: str
    name: str | None = None
    terms: list[str] = Field(min_length=1)
    value: float | None = Field(None, description="the known figure from a fact sheet")
    currency: str | None = None
    unit: str | None = None
    period: str | None = None


class PackData(Strict):
    roster: Roster = Field(default_factory=Roster)
    names: list[CanonicalName] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    subjects: list[Subject] = Field(default_factory=list)
    language: Lexicon | None = Field(
        None, description="words added to the core lexicon (claimcheck/language/data), in its shape")
    # The roster index built from ``roster`` (language.people.roster_index), kept with the
    # data it was built from instead of in a global cache keyed on object ids.
    _roster_index: Any = PrivateAttr(None)

    @staticmethod
    def merge(parts: list["PackData"]) -> "PackData":
        return PackData(
            roster=Roster(
                people=[p for d in parts for p in d.roster.people],
                offices=[o for d in parts for o in d.roster.offices],
                tenures=[t for d in parts for t in d.roster.tenures],
            ),
            names=[n for d in parts for n in d.names],
            events=[e for d in parts for e in d.events],
            subjects=[s for d in parts for s in d.subjects],
            language=_merged([d.language for d in parts if d.language is not None]),
        )


def _merged(parts: list[Lexicon]) -> Lexicon | None:
    """The ``language:`` sections of several packs as one extension (None when none has one)."""
    return reduce(extend, parts[1:], parts[0]) if parts else None
