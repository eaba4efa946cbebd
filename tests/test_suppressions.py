"""Suppression comments: silence one rule for the next paragraph, report stale or broken ones."""

from __future__ import annotations

from claimcheck import check_documents as _check_documents
from claimcheck.config import Config
from claimcheck.suppressions import parse

def check_documents(docs, config=None):
    """The weekday rule alone gives the findings these suppressions act on."""
    return _check_documents(docs, config=config or Config(select=["core.weekday-date"]))


WRONG_WEEKDAY = "The talks opened on Tuesday, May 8, 2024."  # 8 May 2024 was a Wednesday


def rules_of(report):
    return [(f.rule, f.line) for f in report.findings]


def test_without_a_comment_the_wrong_weekday_is_reported(doc):
    assert rules_of(check_documents([doc(WRONG_WEEKDAY)])) == [("core.weekday-date", 1)]


def test_a_comment_silences_the_named_rule_in_the_next_paragraph(doc):
    text = (
        '<!-- claimcheck: ignore[core.weekday-date] reason="quoting the invitation verbatim" -->\n'
        f"{WRONG_WEEKDAY}\n"
    )
    assert rules_of(check_documents([doc(text)])) == []


def test_the_paragraph_after_the_next_one_is_still_checked(doc):
    text = (
        '<!-- claimcheck: ignore[core.weekday-date] reason="checked" -->\n'
        f"{WRONG_WEEKDAY}\n"
        "\n"
        f"Later: {WRONG_WEEKDAY}\n"
    )
    assert rules_of(check_documents([doc(text)])) == [("core.weekday-date", 4)]


def test_a_pack_prefix_silences_its_rules(doc):
    text = f'<!-- claimcheck: ignore[core] reason="house style" -->\n{WRONG_WEEKDAY}\n'
    assert rules_of(check_documents([doc(text)])) == []


def test_a_suppression_that_silences_nothing_is_reported(doc):
    text = '<!-- claimcheck: ignore[core.weekday-date] reason="stale" -->\nThe talks opened on Tuesday, May 7, 2024.\n'
    findings = check_documents([doc(text)]).findings
    assert [(f.rule, f.line, f.column, f.severity) for f in findings] == [
        ("input.unused-suppression", 1, 1, "warning")
    ]
    assert "core.weekday-date" in findings[0].message


def test_two_stale_suppressions_are_both_reported(doc):
    text = (
        '<!-- claimcheck: ignore[core.weekday-date] reason="stale" -->\nThe talks opened on Tuesday, May 7, 2024.\n\n'
        '<!-- claimcheck: ignore[core.weekday-date] reason="also stale" -->\nThey closed on Wednesday, May 8, 2024.\n'
    )
    findings = check_documents([doc(text)]).findings
    assert [(f.rule, f.line) for f in findings] == [
        ("input.unused-suppression", 1),
        ("input.unused-suppression", 4),
    ]


def test_a_suppression_of_an_unknown_rule_is_reported_as_unknown(doc):
    text = f'<!-- claimcheck: ignore[core.weekday-dates] reason="typo" -->\n{WRONG_WEEKDAY}\n'
    findings = check_documents([doc(text)]).findings
    assert sorted(f.rule for f in findings) == ["core.weekday-date", "input.unused-suppression"]
    unused = next(f for f in findings if f.rule == "input.unused-suppression")
    assert "unknown rule 'core.weekday-dates'" in unused.message


def test_a_rule_id_is_required(doc):
    text = f'<!-- claimcheck: ignore reason="everything" -->\n{WRONG_WEEKDAY}\n'
    findings = check_documents([doc(text)]).findings
    assert sorted(f.rule for f in findings) == ["core.weekday-date", "input.malformed-suppression"]
    bad = next(f for f in findings if f.rule == "input.malformed-suppression")
    assert (bad.line, bad.column, bad.severity) == (1, 1, "error")


def test_an_empty_rule_list_is_malformed(doc):
    text = f"<!-- claimcheck: ignore[] -->\n{WRONG_WEEKDAY}\n"
    findings = check_documents([doc(text)]).findings
    bad = next(f for f in findings if f.rule == "input.malformed-suppression")
    assert "must name the rule" in bad.message


def test_two_rules_and_single_quotes_parse(doc):
    d = doc("Intro.\n\n<!-- claimcheck: ignore[core.weekday-date, story.title] reason='both checked' -->\nText.\n")
    found, bad = parse(d)
    assert bad == []
    assert found[0].rules == ["core.weekday-date", "story.title"]
    assert found[0].reason == "both checked"
    assert found[0].line == 3
    covered = d.text[found[0].covers[0]:found[0].covers[1]]
    assert covered == "Text."


def test_comment_inside_front_matter_offsets_are_file_offsets(tmp_path):
    from claimcheck import check

    path = tmp_path / "story.md"
    path.write_text(
        "---\npublished: 2024-05-08\n---\n"
        '<!-- claimcheck: ignore[core.weekday-date] reason="checked" -->\n'
        f"{WRONG_WEEKDAY}\n\n{WRONG_WEEKDAY}\n",
        encoding="utf-8",
    )
    report = check([path], packs=[], config=Config(select=["core.weekday-date"]))
    assert [(f.rule, f.line) for f in report.findings] == [("core.weekday-date", 7)]


def test_suppression_comments_can_be_ignored_by_configuration(doc):
    text = '<!-- claimcheck: ignore[core.weekday-date] reason="stale" -->\nNothing to see.\n'
    report = check_documents([doc(text)], config=Config(select=["core.weekday-date"], ignore=["input.unused-suppression"]))
    assert report.findings == []


# --------------------------------------------------------------------------- the parser, with hypothesis

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claimcheck.models import Document  # noqa: E402

_word = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,8}", fullmatch=True)
_rule_id = st.lists(_word, min_size=1, max_size=3).map(".".join)


@given(st.text())
def test_parser_never_raises(text):
    found, bad = parse(Document(id="d", path="d.md", text=text))
    for s in found:
        assert s.rules and 0 <= s.covers[0] <= s.covers[1] <= len(text)
    for b in bad:
        assert b.problem


@given(st.lists(_rule_id, min_size=1, max_size=4), st.text(alphabet=st.characters(blacklist_characters='"\n-<>'), max_size=30),
       st.text(alphabet="abc .\n", max_size=40))
def test_parser_round_trips_a_written_suppression(rules, reason, before):
    comment = f'<!-- claimcheck: ignore[{", ".join(rules)}] reason="{reason}" -->'
    text = f"{before}\n{comment}\nThe next paragraph.\n\nAnother one.\n"
    found, bad = parse(Document(id="d", path="d.md", text=text))
    assert bad == []
    (s,) = found
    assert s.rules == rules and s.reason == reason
    assert text[s.covers[0]:s.covers[1]] == "The next paragraph."
    assert s.line == before.count("\n") + 2
