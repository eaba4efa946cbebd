"""preferred-term: house-style terms as data, compiled with RE2 so no pattern can hang a run."""

from __future__ import annotations

from click.testing import CliRunner

from claimcheck import engine
from claimcheck.cli import main
from claimcheck.corpus import read_bytes
from claimcheck.packs import load_packs


def _pack(tmp_path, terms: str, extra: str = ""):
    path = tmp_path / "house.yaml"
    path.write_text(
        "pack: house\nrules:\n  - id: terms\n    kind: preferred-term\n    severity: warning\n"
        f"    options:\n{extra}      terms:\n{terms}",
        encoding="utf-8",
    )
    return path


def _findings(tmp_path, terms: str, text: str, extra: str = "", name: str = "a.txt"):
    packs = load_packs([_pack(tmp_path, terms, extra)], core=False)
    docs = read_bytes(name, text.encode("utf-8"))
    return engine.run(docs, packs).findings


def test_a_phrase_is_found_with_its_place_and_suggestion(tmp_path):
    text = "---\npublished: 2024-05-08\n---\nThe crowd — some 2,000 people — gathered in order to march.\n"
    [f] = _findings(tmp_path, "        - {pattern: in order to, prefer: to, note: shorter}\n", text, name="a.md")
    # line 4 of the file (front matter counts); "The crowd — some 2,000 people — gathered " is 41 characters
    assert (f.rule, f.line, f.column, f.text) == ("house.terms", 4, 42, "in order to")
    assert f.message == "prefer 'to' to 'in order to' (shorter)"
    assert f.suggestion == "to"
    assert text[f.start:f.end] == "in order to"


def test_phrases_match_whole_words_and_ignore_case_unless_told(tmp_path):
    terms = "        - {pattern: Web site, prefer: website}\n"
    found = _findings(tmp_path, terms, "Visit the web  site. The cobweb site is fine.\n")
    assert [f.text for f in found] == ["web  site"]
    terms = "        - {pattern: Web site, prefer: website, case_sensitive: true}\n"
    assert _findings(tmp_path, terms, "Visit the web site.\n") == []


def test_a_phrase_that_ends_in_punctuation_still_matches(tmp_path):
    terms = "        - {pattern: U.S., prefer: US, case_sensitive: true}\n"
    found = _findings(tmp_path, terms, "U.S. officials met. The USA did not.\n")
    assert [(f.text, f.column) for f in found] == [("U.S.", 1)]


def test_a_regular_expression_term(tmp_path):
    terms = "        - {pattern: 'e-?mail(ed)?', regex: true, prefer: email}\n"
    found = _findings(tmp_path, terms, "She e-mailed; the E-mail came.\n")
    assert [(f.text, f.suggestion) for f in found] == [("e-mailed", "email"), ("E-mail", "Email")]


def test_a_pattern_that_also_matches_the_preferred_form_leaves_it_alone(tmp_path):
    terms = "        - {pattern: 'per ?cent', regex: true, prefer: percent}\n"
    found = _findings(tmp_path, terms, "Up 5 per cent, then 6 percent.\nPercent figures vary.\n")
    assert [f.text for f in found] == ["per cent"]


def test_quotations_are_left_alone_unless_asked(tmp_path):
    terms = "        - {pattern: in order to, prefer: to}\n"
    text = 'He said: "We came in order to listen." They left in order to rest.\n'
    assert [f.column for f in _findings(tmp_path, terms, text)] == [50]
    assert len(_findings(tmp_path, terms, text, extra="      in_quotes: true\n")) == 2


def test_a_catastrophic_pattern_finishes(tmp_path):
    # (a+)+b backtracks exponentially in Python's re on a long run of a's with no b;
    # RE2 matches in linear time, so this test finishing at all is the check.
    terms = "        - {pattern: '(a+)+b', regex: true, prefer: x}\n"
    assert _findings(tmp_path, terms, "a" * 50_000 + "!\n") == []


def test_an_invalid_pattern_is_a_configuration_error_at_its_place(tmp_path):
    terms = "        - {pattern: in order to, prefer: to}\n        - {regex: true, pattern: '(a)\\1', prefer: x}\n"
    path = _pack(tmp_path, terms)
    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--isolated", "--no-core", "--rules", str(path), str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    # line 9 of the pack; the quoted value '(a)\1' starts at column 34
    assert f"{path}:9:34: rules.0.options.terms.1.pattern: not a valid RE2 pattern" in result.output
    assert "invalid escape sequence" in result.output


def test_lookaround_is_not_re2_and_says_so(tmp_path):
    terms = "        - {regex: true, pattern: '(?<=a)b', prefer: x}\n"
    result = CliRunner().invoke(main, ["check", "--isolated", "--no-core", "--rules", str(_pack(tmp_path, terms)), "."])
    assert result.exit_code == 2
    assert "not a valid RE2 pattern (invalid perl operator: (?<=)" in result.output


def test_an_empty_pattern_is_rejected(tmp_path):
    terms = "        - {pattern: '', prefer: x}\n"
    result = CliRunner().invoke(main, ["check", "--isolated", "--no-core", "--rules", str(_pack(tmp_path, terms)), "."])
    assert result.exit_code == 2
    assert "terms.0.pattern: String should have at least 1 character" in result.output


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claimcheck.kinds.base import DocumentContext  # noqa: E402
from claimcheck.kinds.preferred_term import Options, check  # noqa: E402
from claimcheck.models import Document  # noqa: E402
from claimcheck.packdata import PackData  # noqa: E402

WORDS = st.sampled_from(["in", "order", "to", "web", "site", "É", "(a+)+", "\\", "[", "“", "”", '"', " ", "\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=4).map(" ".join), st.lists(WORDS, max_size=40).map("".join))
def test_any_phrase_on_any_text_finds_only_what_is_there(phrase, text):
    """A phrase never needs escaping by hand, and every hit is the text at its offsets."""
    if not phrase.split():
        return
    options = Options.model_validate({"terms": [{"pattern": phrase, "prefer": "x"}], "in_quotes": True})
    doc = Document(id="d", path="d.txt", text=text)
    for hit in check(DocumentContext(doc, [], PackData()), options):
        assert text[hit.claim.start:hit.claim.end] == hit.claim.text
        assert " ".join(hit.claim.text.split()).lower() == " ".join(phrase.split()).lower()
