"""Hypothesis strategies for hostile and odd input: article text, front matter, manifests,
JSON and JSON Lines. Shared by the fuzz tests of the readers, the extractors and the engine.

Pieces steer the generator towards what the code reads (dates, figures, titles, credits,
abbreviations, YAML dates and aliases, JSON nesting and escapes); arbitrary text, control
characters and long runs do the rest. The plain lists (``TEXT_PIECES``, ``RUN_PIECES``,
``YAML_VALUE_TEXTS``, ``YAML_KEY_NAMES``) are shared with benchmarks/fuzz.py, the long hunt
outside CI.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st


def fuzz_settings(examples: int) -> settings:
    """A few seconds in CI; CLAIMCHECK_FUZZ_EXAMPLES=5000 for a longer hunt by hand."""
    return settings(max_examples=int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", examples)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


TEXT_PIECES = [
    "On Tuesday, May 8, 2024,", " Sen. Ana Ruiz said", " U.S. Secretary of State Antony Blinken", " $578 million",
    " about 40 people", " last week", " two days earlier", " (AP Photo/Lee Chan)", " via Getty Images", "Jan. 5.",
    " 4:30 p.m. Saturday", " fiscal 2023", " the day before", "\n\n", "\n", "\r\n", " -- ", "“", "”", "Mr.", "Dr.",
    "2024-05-07", "GUATEMALA CITY, May 7 (Reuters) -", " 1,000,000,000,000,000,000", " 9" * 30, ".", "!", "?",
    "\x1b[31m", "\x00", "\x07", "\u202e", "\ufeff", "é", "Ω", "🙂", "\t", "Tuesday's", " Friday into Saturday",
]
# arbitrary characters, surrogates left out (no file can hold them; readers refuse them)
CHARS = st.characters(blacklist_categories=("Cs",))
TEXTS = st.lists(st.one_of(st.sampled_from(TEXT_PIECES), st.text(CHARS, max_size=12)), max_size=40).map("".join)
# what a long run repeats: no sentence, word or line breaks, or too many of them
RUN_PIECES = ["x", ".", " ", "Sen. ", "May 8. ", "$1 ", "A. ", "\n"]
LONG_RUNS = st.tuples(st.sampled_from(RUN_PIECES), st.integers(100, 3_000)).map(lambda t: t[0] * t[1])
ARTICLE_TEXT = st.one_of(TEXTS, LONG_RUNS, st.tuples(TEXTS, LONG_RUNS, TEXTS).map("".join))

# front-matter values as written: impossible dates, dates with a tail, aliases, unsafe tags
YAML_VALUE_TEXTS = [
    "2024-05-08", "0000-01-01", "2024-02-30", "2024-13-01", "2024-05-07x", '"2024-05-07 garbage"',
    "2024-05-07T10:00:00+02:00", "2024-05-07 10:00:00", "[2024-05-07]", "{a: 1}", "true", "42", "-1", "~", "''",
    "&a [x, x]", "*a", "[[[[[[", "'unclosed", '"\\ud800"', "!!python/object:os.system", "May 8", "1e400",
]
YAML_KEY_NAMES = ["published", "title", "id", "source", "url", "x", "tags", "file", "documents"]
YAML_VALUES = st.sampled_from(YAML_VALUE_TEXTS)
YAML_KEYS = st.sampled_from(YAML_KEY_NAMES)
FRONT_MATTER = st.lists(st.tuples(YAML_KEYS, YAML_VALUES), max_size=6).map(
    lambda pairs: "".join(f"{k}: {v}\n" for k, v in pairs))


@st.composite
def markdown(draw) -> str:
    head = draw(st.one_of(FRONT_MATTER, st.text(CHARS, max_size=30)))
    return f"---\n{head}---\n{draw(ARTICLE_TEXT)}"


@st.composite
def manifest(draw) -> str:
    entries = draw(st.lists(st.tuples(st.sampled_from(["a.txt", "b.md", "42", "[x]", "c.json"]),
                                      st.lists(st.tuples(YAML_KEYS, YAML_VALUES), max_size=3)), max_size=4))
    body = "".join(f"  - file: {name}\n" + "".join(f"    {k}: {v}\n" for k, v in fields) for name, fields in entries)
    return draw(st.sampled_from(["documents:\n", "", "documents: 3\n", "- a\n"])) + body


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(CHARS, max_size=10),
              st.sampled_from(["2024-05-08", "2024-02-30", "2024-05-07x"])),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(st.text(max_size=5), children,
                                                                               max_size=3)),
    max_leaves=10)


@st.composite
def json_record(draw) -> str:
    record = {"text": draw(ARTICLE_TEXT)}
    for key in draw(st.lists(st.sampled_from(["id", "published", "title", "source", "url", "extra"]), max_size=4)):
        record[key] = draw(JSON_VALUES)
    raw = json.dumps(record)
    return draw(st.sampled_from([
        raw,
        raw.replace('"text": "', '"text": "\\ud800', 1),  # a lone surrogate
        "[" * draw(st.integers(1, 3_000)) + "]" * draw(st.integers(0, 3_000)),  # deep nesting
        raw[: draw(st.integers(0, len(raw)))],  # cut short
    ]))


FILES = st.one_of(
    st.tuples(st.just(".md"), markdown()),
    st.tuples(st.just(".txt"), ARTICLE_TEXT),
    st.tuples(st.just(".json"), json_record()),
    st.tuples(st.just(".jsonl"), st.lists(json_record(), max_size=4).map("\n".join)),
)
