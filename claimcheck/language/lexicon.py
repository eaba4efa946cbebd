"""The lexicon: every word list claimcheck reads, loaded once from ``language/data/*.yaml``.

Each data file is one section of the lexicon, named by the file (``calendar.yaml`` is
``LEXICON.calendar``). The files are validated here, so a misspelt key, a month without a
name or a regular expression that does not compile is an error at its file, line and
column, never a wrong reading at run time. A rule pack may extend the lexicon with a
``language:`` section of the same shape: its lists are added to the core lists and its
mappings to the core mappings (``extend``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from ..errors import ConfigError
from ..yamlload import load_yaml, locate


class Section(BaseModel):
    """A part of the lexicon. Every field has an empty default so that a pack can give a
    few of them; the core files must give all (``load`` checks)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as e:
        raise ValueError(f"invalid regular expression {pattern!r}: {e}") from None
    return pattern


# A regular expression, checked when the data is loaded.
Pattern = Annotated[str, AfterValidator(_compiles)]


class Calendar(Section):
    months: list[list[str]] = Field(default_factory=list, description="each month: full name, then abbreviations")
    weekdays: list[list[str]] = Field(default_factory=list, description="each weekday from Monday: name, abbreviations")
    month_abbreviations_alone: list[str] = Field(default_factory=list)
    abbreviations_not_alone: list[str] = Field(default_factory=list)
    ordinals: dict[str, int] = Field(default_factory=dict)
    last_ordinals: list[str] = Field(default_factory=list)
    time_units: dict[str, Literal["day", "week", "month", "year", "decade", "fortnight"]] = Field(default_factory=dict)
    named_day_prefixes: list[str] = Field(default_factory=list)
    names_after_day: list[str] = Field(default_factory=list)
    names_before_day: list[str] = Field(default_factory=list)
    day_in_name_before: list[str] = Field(default_factory=list)
    quarter_cues: list[Pattern] = Field(default_factory=list)
    quarter_cue_symbols: list[Pattern] = Field(default_factory=list)
    us_federal_fiscal_start: int = Field(10, ge=1, le=12)
    us_federal_cues: list[Pattern] = Field(default_factory=list)

    @field_validator("months", "weekdays")
    @classmethod
    def _named(cls, rows: list[list[str]], info: ValidationInfo) -> list[list[str]]:
        expected = 12 if info.field_name == "months" else 7
        if len(rows) != expected:
            raise ValueError(f"{expected} {info.field_name} expected, {len(rows)} given")
        for row in rows:
            if not row:
                raise ValueError("each entry needs at least its full name")
        return rows


class Numbers(Section):
    units: dict[str, int] = Field(default_factory=dict)
    tens: dict[str, int] = Field(default_factory=dict)
    multipliers: dict[str, int] = Field(default_factory=dict)
    word_scales: dict[str, int] = Field(default_factory=dict)
    scales: dict[str, float] = Field(default_factory=dict)
    fraction_numerators: dict[str, int] = Field(default_factory=dict)
    fraction_denominators: dict[str, int] = Field(default_factory=dict)
    hedges: dict[str, Literal["under", "around", "above", "below", "upto"]] = Field(default_factory=dict)
    duration_numbers: list[str] = Field(default_factory=list)
    vague_counts: dict[str, int | None] = Field(default_factory=dict)


class Figures(Section):
    synonyms: list[list[str]] = Field(default_factory=list)
    same_nouns: list[list[str]] = Field(default_factory=list)
    running_words: list[str] = Field(default_factory=list)
    running_money_words: list[str] = Field(default_factory=list)
    year_nouns: list[str] = Field(default_factory=list)
    irregular_plurals: list[str] = Field(default_factory=list)
    time_nouns: list[str] = Field(default_factory=list)
    measure_nouns: list[str] = Field(default_factory=list)
    labels: list[str] = Field(default_factory=list)
    quantity_words: list[str] = Field(default_factory=list)
    common_names: list[str] = Field(default_factory=list)
    difference_before: list[Pattern] = Field(
        default_factory=list, description="words right before a figure that make it a difference (won by, a margin of)")
    difference_after: list[Pattern] = Field(
        default_factory=list, description="words right after a figure that make it a difference (more than)")
    term_compound_after: list[Pattern] = Field(
        default_factory=list, description="words right after a duration that make it part of a compound one")
    term_before: list[Pattern] = Field(
        default_factory=list, description="words before a duration that make it a prison term (sentenced to)")
    term_after: list[Pattern] = Field(
        default_factory=list, description="words right after a duration that make it a prison term (in prison)")
    term_units: list[str] = Field(default_factory=list, description="time nouns a prison term is counted in")
    term_not_after: list[str] = Field(default_factory=list, description="words after a duration that make it a span")
    vote_score_before: list[Pattern] = Field(
        default_factory=list, description="words right before a vote's score ('voted 50-48', 'adopted 216 to 210')")
    vote_score_after: list[Pattern] = Field(
        default_factory=list, description="words right after a vote's score ('in a 311-112 vote')")
    vote_score_forms: list[Pattern] = Field(
        default_factory=list, description="a vote's score with its sides named ('60 votes to 59'): groups for, against")
    deadline_before: list[Pattern] = Field(
        default_factory=list, description="words right before a duration that make it a deadline (within)")
    limit_before: list[Pattern] = Field(
        default_factory=list, description="words right before a figure that make it a limit (faces up to, a maximum of)")


class Subunit(BaseModel):
    """A currency's hundredth as news writes it: "34 cents", "50p", "99 pence"."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    currency: str | None = Field(description="ISO code; null: the article's main currency (cents of dollars or euros)")
    per_unit: int = Field(100, ge=2)
    names: list[str] = Field(min_length=1)


class Money(Section):
    prefixes: dict[str, str | None] = Field(default_factory=dict)
    suffixes: dict[str, str | None] = Field(default_factory=dict)
    dollar_context: dict[str, Pattern] = Field(default_factory=dict)
    units: dict[str, str] = Field(default_factory=dict, description="bare unit -> the currency news means by it")
    units_not_alone: list[str] = Field(default_factory=list, description="CLDR units too often no money alone")
    units_when_scaled: dict[str, str] = Field(default_factory=dict, description="such units, money after a scale word")
    historical_units: dict[str, list[str]] = Field(default_factory=dict, description="old currency: its bare units")
    codes_not_alone: list[str] = Field(default_factory=list, description="ISO codes that spell English words")
    subunits: list[Subunit] = Field(default_factory=list)
    vague_multiples: dict[str, int] = Field(default_factory=dict, description="'tens' of millions of dollars")


class People(Section):
    particles: list[str] = Field(default_factory=list)
    stop_caps: list[str] = Field(default_factory=list)
    name_suffixes: list[str] = Field(default_factory=list)
    given_names_added: list[tuple[str, str]] = Field(
        default_factory=list, description="given-name pairs that are one name, beyond the nicknames package")
    given_names_removed: list[tuple[str, str]] = Field(
        default_factory=list, description="pairs of the nicknames package that are two names in news copy")
    relation_nouns: list[str] = Field(
        default_factory=list, description="nouns that introduce a person by relation ('her daughter, Cassie,')")
    surname_endings: list[list[str]] = Field(
        default_factory=list, description="word endings that transliterations write differently (Chaly, Chalyi)")
    surname_variants: list[list[str]] = Field(
        default_factory=list, description="spellings of one surname that outlets rightly differ on (transliterations)")
    inflections: list[str] = Field(
        default_factory=list, description="endings that make a place's adjective or a plural (East, Eastern; Price, Prices)")
    glued_words: list[str] = Field(
        default_factory=list, description="common words a scrape glues onto a name ('Johnsonput'), beyond the stopwords")


class Titles(Section):
    heads: list[str] = Field(default_factory=list)
    descriptors: list[str] = Field(default_factory=list)
    abbreviations: dict[str, str] = Field(default_factory=dict)
    modifiers: dict[str, str] = Field(default_factory=dict)
    title_words: list[str] = Field(default_factory=list)
    title_tails: list[str] = Field(default_factory=list)
    families: dict[str, list[str]] = Field(default_factory=dict)
    concurrent_posts: list[str] = Field(default_factory=list)
    seats: dict[str, list[str]] = Field(default_factory=dict)
    chamber_seats: dict[str, str] = Field(
        default_factory=dict, description="a chamber's word in a leadership title: that chamber's seat family")
    ranks: list[str] = Field(default_factory=list)
    single_name_titles: list[str] = Field(default_factory=list)
    institution_words: list[str] = Field(default_factory=list)
    generic: dict[str, list[str] | None] = Field(default_factory=dict)
    places: list[list[str]] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    organisation_words: list[str] = Field(default_factory=list)
    portfolio_words: list[str] = Field(
        default_factory=list, description="words of a ministry's remit, never in a personal name ('Affairs')")
    not_people: list[str] = Field(default_factory=list)
    not_first_names: list[str] = Field(default_factory=list)
    honorifics: list[str] = Field(default_factory=list)
    company_suffixes: list[str] = Field(default_factory=list)
    legal_suffix_forms: dict[str, str] = Field(
        default_factory=dict, description="short form of a legal suffix: its long form ('ltd': 'limited')")
    organisation_nouns: list[str] = Field(default_factory=list)
    organisation_nouns_before: list[str] = Field(default_factory=list)
    contrasting_words: list[list[str]] = Field(default_factory=list)


class Events(Section):
    event_nouns: dict[str, list[str]] = Field(default_factory=dict, description="event class: its nouns")
    time_words: list[str] = Field(default_factory=list)
    tallies: dict[str, Pattern] = Field(default_factory=dict, description="outcome class (what happened to the people counted): regex of its words")
    speech_verbs: list[str] = Field(default_factory=list)
    story_nouns: list[str | list[str]] = Field(
        default_factory=list, description="event nouns that name one happening in a story within a week ('the "
                                          "election', 'the quake'); a list is one noun's synonyms ('quake', 'temblor')")
    reaction_verbs: list[str] = Field(default_factory=list, description="verbs of reacting to an event "
                                      "('objected on Saturday to the verdict'): the date is the reaction's")
    decision_verbs: list[str] = Field(default_factory=list, description="verbs of deciding or asking whose "
                                      "day is not the day of the event after them ('decided Tuesday to recall')")
    report_settings: list[str] = Field(default_factory=list, description="words between a speech verb and "
                                       "a date that still date the report ('told reporters on Monday')")
    place_heads_before: list[Pattern] = Field(default_factory=list, description="regex right before an event "
                                              "word that makes it a place ('the scene of the shooting')")
    place_heads_after: list[Pattern] = Field(default_factory=list, description="regex right after an event "
                                             "word that makes it a place ('the crash site')")
    backshift_verbs: list[Pattern] = Field(default_factory=list, description="past reporting verbs after "
                                           "which a weekday in a 'would' clause may date the report or the act")
    charge_frames: list[Pattern] = Field(default_factory=list, description="regex before a harm word that "
                                         "makes it the object of a legal step ('charged with murder')")
    place_prepositions: list[str] = Field(default_factory=list, description="prepositions that make the name "
                                          "after them a place ('through Leyte'): a place against another kind of "
                                          "name does not make two dates other actors")
    times_of_day: list[Pattern] = Field(default_factory=list, description="regex after 'before'/'after' that "
                                        "makes a clock time ('shortly before midnight'), not a subordinate clause")


class Lexicon(Section):
    """All word lists, by section (one data file each)."""

    calendar: Calendar = Field(default_factory=Calendar)
    numbers: Numbers = Field(default_factory=Numbers)
    figures: Figures = Field(default_factory=Figures)
    money: Money = Field(default_factory=Money)
    people: People = Field(default_factory=People)
    titles: Titles = Field(default_factory=Titles)
    events: Events = Field(default_factory=Events)


DATA = resources.files("claimcheck") / "language" / "data"


def parse(texts: dict[str, tuple[str, str]]) -> Lexicon:
    """A lexicon from data files given as ``{section: (path, text)}``; the first problem
    raises ``ConfigError`` at its file, line and column, naming how many more there are."""
    raw = {section: load_yaml(text, path) for section, (path, text) in texts.items()}
    try:
        lexicon = Lexicon.model_validate(raw)
    except ValidationError as e:
        errors = e.errors()
        err = errors[0]
        loc = tuple(err["loc"])
        section = loc[0] if loc and loc[0] in texts else None
        if section is None:
            path = next(iter(texts.values()))[0]
            line, column = 1, 1
        else:
            path = texts[section][0]
            line, column = locate(raw[section], loc[1:])
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        where = ".".join(str(p) for p in loc[1:]) or str(section or "lexicon")
        raise ConfigError(f"{where}: {msg}{more}", path, line, column) from None
    for section, (path, _) in texts.items():
        part = getattr(lexicon, section, None)
        missing = [f for f in type(part).model_fields if part is not None and f not in part.model_fields_set]
        if missing:
            raise ConfigError(f"{section}: missing {', '.join(missing)}", path, 1, 1)
    return lexicon


@lru_cache(maxsize=1)
def core() -> Lexicon:
    """The lexicon of the package's data files."""
    texts = {}
    for entry in sorted(DATA.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".yaml"):
            texts[entry.name.removesuffix(".yaml")] = (f"claimcheck/language/data/{entry.name}",
                                                       entry.read_text(encoding="utf-8"))
    unknown = set(texts) - set(Lexicon.model_fields)
    if unknown:
        name = sorted(unknown)[0]
        raise ConfigError(f"unknown lexicon section {name!r} (known: {', '.join(Lexicon.model_fields)})",
                          texts[name][0])
    return parse(texts)


def extend(base: Lexicon, more: Lexicon | None) -> Lexicon:
    """``base`` with ``more``'s lists appended (without repeats) and mappings added."""
    if more is None:
        return base
    sections = {}
    for name in Lexicon.model_fields:
        mine, theirs = getattr(base, name), getattr(more, name)
        update = {}
        for field in theirs.model_fields_set:
            old, new = getattr(mine, field), getattr(theirs, field)
            if isinstance(old, list):
                update[field] = old + [x for x in new if x not in old]
            elif isinstance(old, dict):
                update[field] = {**old, **new}
            else:
                update[field] = new
        sections[name] = mine.model_copy(update=update) if update else mine
    return Lexicon(**sections)


LEXICON: Lexicon = core()
