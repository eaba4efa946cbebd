"""The planted-slip benchmark on small hand-written clusters: which places become sites, how a
slip is planted, and how catches and noise are counted."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from benchmarks import planted
from benchmarks.planted_families import FAMILIES
from claimcheck.models import Finding, Related

FRONT = '---\ntitle: "{title}"\nsource: "{source}"\nurl: "https://example.com/{name}"\npublished: {published}\n' \
        'basis: "invented for a test"\n---\n'

# One invented story told by four outlets. By hand: the fire was on Saturday, March 9, 2024 (the
# Gazette and the Courier, published Monday March 11, say "Saturday"); 42 firefighters and
# $3.5 million are in the Gazette and the Courier; Mayor Daniel Brennan, 58, in both; Okafor is
# named by three. The Gazette's "on Sunday" and everything in the Weekly is said by no one else.
HARBOUR_FIRE = {
    "gazette.md": ("Warehouse fire on Dock Road", "Harbour Gazette", "2024-03-11",
                   "A fire destroyed a warehouse on Dock Road on Saturday night, Fire Chief Maria Okafor said.\n\n"
                   "Okafor said 42 firefighters fought the blaze for six hours. The damage was put at $3.5 million.\n\n"
                   "Mayor Daniel Brennan, 58, visited the site on Sunday.\n"),
    "courier.md": ("Dock Road warehouse burns", "Evening Courier", "2024-03-11",
                   "Firefighters fought a warehouse fire on Dock Road late Saturday, Fire Chief Maria Okafor said.\n\n"
                   "In all 42 firefighters were called, Okafor told reporters. Owners estimated the damage at "
                   "$3.5 million.\n\nMayor Daniel Brennan, 58, said the city would help the owners.\n"),
    "herald.md": ("Inquiry into Dock Road fire", "Harbour Herald", "2024-03-12",
                  "Investigators are looking into the warehouse fire on Dock Road on Saturday, March 9, 2024, "
                  "which Fire Chief Maria Okafor called the worst in a decade.\n"),
    "weekly.md": ("Concert for the firefighters", "Harbour Weekly", "2024-03-14",
                  "A charity concert for the harbour firefighters raised $12,000 on Wednesday, organiser Priya Nair "
                  "said.\n"),
}

# A second invented story: a council vote, dated explicitly, told three ways.
COUNCIL_VOTE = {
    "post.md": ("Council backs bridge", "Lakeside Post", "2024-06-20",
                "The city council approved the Mill Street bridge on June 18 by a vote of 7 to 2.\n"),
    "times.md": ("Bridge approved", "Lakeside Times", "2024-06-21",
                 "Councillors approved the Mill Street bridge on June 18, ending a long dispute.\n"),
    "news.md": ("Bridge vote", "Lakeside News", "2024-06-19",
                "A budget hearing is set for July 2, the clerk said.\n"),
}


def write_cluster(root: Path, story: str, articles: dict) -> Path:
    folder = root / story
    folder.mkdir(parents=True)
    for name, (title, source, published, body) in articles.items():
        head = FRONT.format(title=title, source=source, name=name, published=published)
        (folder / name).write_text(head + body, encoding="utf-8")
    return folder


@pytest.fixture
def clusters(tmp_path: Path) -> Path:
    root = tmp_path / "clusters"
    write_cluster(root, "harbour-fire", HARBOUR_FIRE)
    write_cluster(root, "council-vote", COUNCIL_VOTE)
    return root


def sites_of(root: Path, family: str, story: str = "harbour-fire") -> list[planted.Site]:
    return planted.cluster_sites(planted.read_cluster(root / story), family)


def test_a_place_no_other_article_states_is_no_site(clusters):
    bare = sites_of(clusters, "bare-weekday")
    assert {(s.path, s.old) for s in bare} == {("harbour-fire/gazette.md", "Saturday"),
                                               ("harbour-fire/courier.md", "Saturday")}
    # "visited the site on Sunday" and the Weekly's "on Wednesday" date nothing another article dates
    assert not [s for s in bare if s.old in ("Sunday", "Wednesday")]
    figures = sites_of(clusters, "figure-digits")
    assert sorted(s.old for s in figures) == ["$3.5 million", "$3.5 million", "42", "42"]  # never "$12,000"


def test_agreeing_articles_are_recorded_per_site(clusters):
    by_path = {s.path: s for s in sites_of(clusters, "bare-weekday")}
    # the Herald agrees through "Saturday, March 9, 2024" and shared words ("warehouse", "Dock Road")
    assert by_path["harbour-fire/gazette.md"].agreeing == ("harbour-fire/courier.md", "harbour-fire/herald.md")
    ages = sites_of(clusters, "age")
    assert {(s.path, s.agreeing) for s in ages} == {("harbour-fire/gazette.md", ("harbour-fire/courier.md",)),
                                                   ("harbour-fire/courier.md", ("harbour-fire/gazette.md",))}


def test_weekday_beside_a_date_is_a_site_only_where_it_fits_the_date(clusters):
    [site] = sites_of(clusters, "weekday-with-date")
    assert site.old == "Saturday, March 9, 2024"  # March 9, 2024 was a Saturday
    assert re.fullmatch(r"(Friday|Sunday), March 9, 2024", site.new)


def test_explicit_date_moves_one_to_four_days_inside_the_month(clusters):
    articles = planted.read_cluster(clusters / "council-vote")
    moved = set()
    for seed in range(40):
        [post, times] = planted.cluster_sites(articles, "explicit-date", seed=f"s{seed}")
        assert (post.old, times.old) == ("June 18", "June 18")  # "July 2" is stated by no one else
        day = int(post.new.removeprefix("June "))
        assert 1 <= abs(day - 18) <= 4
        moved.add(day)
    assert moved == {14, 15, 16, 17, 19, 20, 21, 22}


def test_age_slip_changes_the_age_by_two_to_nine_years(clusters):
    for seed in range(30):
        for site in planted.cluster_sites(planted.read_cluster(clusters / "harbour-fire"), "age", seed=f"s{seed}"):
            age = int(site.new.removeprefix("Brennan, "))
            assert 2 <= abs(age - 58) <= 9


def test_surname_slip_changes_every_mention_in_one_article_only(clusters):
    [site] = [s for s in sites_of(clusters, "name-spelling") if s.path.endswith("gazette.md")]
    assert site.old == "Okafor"
    assert len(site.edits) == 2  # "Maria Okafor said" and "Okafor said 42"
    new = site.edits[0].new
    assert {e.new for e in site.edits} == {new} and new != "Okafor" and new[0] == "O" and len(new) == 6
    differing = [i for i in range(6) if new[i] != "Okafor"[i]]
    swapped = len(differing) == 2 and new[differing[0]] == "Okafor"[differing[1]] and differing[1] == differing[0] + 1
    assert len(differing) == 1 or swapped
    text = (clusters / "harbour-fire" / "gazette.md").read_text(encoding="utf-8")
    assert "Okafor" not in planted.apply(text, site.edits)


def test_digit_slip_changes_one_digit_or_swaps_two(clusters):
    seen = set()
    for seed in range(30):
        for site in planted.cluster_sites(planted.read_cluster(clusters / "harbour-fire"), "figure-digits",
                                          seed=f"s{seed}"):
            old, new = re.sub(r"\D", "", site.old), re.sub(r"\D", "", site.new)
            diff = [i for i in range(len(old)) if old[i] != new[i]]
            assert len(old) == len(new) and (len(diff) == 1 or (len(diff) == 2 and sorted(old) == sorted(new)))
            assert not new.startswith("0")
            seen.add(new)
    assert "24" in seen  # the swap of "42" happens too


def test_title_swap_stays_in_the_broad_family(clusters):
    sites = sites_of(clusters, "title-swap")
    assert {s.new for s in sites} == {"Governor Daniel Brennan"}  # a mayor is swapped only for a governor


def test_the_same_corpus_gives_the_same_sites(clusters):
    read = lambda: {p.name: planted.read_cluster(p) for p in sorted(clusters.iterdir())}  # noqa: E731
    first = planted.select_sites(read(), list(FAMILIES), per_cluster=2, per_family=3)
    clusters_reversed = dict(reversed(list(read().items())))
    assert planted.select_sites(clusters_reversed, list(FAMILIES), per_cluster=2, per_family=3) == first
    assert all(sum(1 for s in first if s.family == f) <= 3 for f in FAMILIES)
    assert all(sum(1 for s in first if s.family == f and s.story == st) <= 2
               for f in FAMILIES for st in ("harbour-fire", "council-vote"))


def test_a_weekday_that_contradicts_its_date_is_caught_at_warning_or_above(clusters):
    [site] = sites_of(clusters, "weekday-with-date")
    _, [outcome] = planted.run_cluster((clusters / "harbour-fire", [site]))
    assert outcome.caught in ("warning", "error") and outcome.noise == ()


# --- counting, with the engine's findings made up by hand --------------------------------------


def finding(path: str, text: str, line: int, column: int, start: int, severity: str = "warning",
            related: tuple[Related, ...] = ()) -> Finding:
    return Finding(rule="core.test", severity=severity, message="made up", document=Path(path).stem, path=path,
                   line=line, column=column, start=start, end=start + len(text), text=text, related=list(related))


@pytest.fixture
def gazette_saturday(clusters):
    """The Gazette's "Saturday" site, and where things are in its file before and after the slip."""
    [site] = [s for s in sites_of(clusters, "bare-weekday") if s.path.endswith("gazette.md")]
    text = (clusters / "harbour-fire" / "gazette.md").read_text(encoding="utf-8")
    return site, text, planted.apply(text, site.edits)


def fake_engine(monkeypatch, before: list[Finding], after: list[Finding]) -> None:
    monkeypatch.setattr(planted, "check", lambda articles, texts=None: after if texts else before)


def place(text: str, word: str, nth: int = 0) -> tuple[int, int, int]:
    """(offset, line, column) of the nth occurrence of ``word`` in a file's text."""
    offset = [m.start() for m in re.finditer(re.escape(word), text)][nth]
    return offset, text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def test_a_new_finding_on_the_plant_is_a_catch(clusters, gazette_saturday, monkeypatch):
    site, _, after = gazette_saturday
    offset, line, column = place(after, site.new)
    fake_engine(monkeypatch, [], [finding(site.path, site.new, line, column, offset, "info")])
    _, [outcome] = planted.run_cluster((clusters / "harbour-fire", [site]))
    assert outcome.caught == "info" and outcome.noise == ()


def test_a_new_finding_elsewhere_is_noise_not_a_catch(clusters, gazette_saturday, monkeypatch):
    site, _, after = gazette_saturday
    offset, line, column = place(after, "Sunday")  # the Gazette's other weekday, not the plant
    fake_engine(monkeypatch, [], [finding(site.path, "Sunday", line, column, offset)])
    _, [outcome] = planted.run_cluster((clusters / "harbour-fire", [site]))
    assert outcome.caught is None and len(outcome.noise) == 1 and "Sunday" in outcome.noise[0]


def test_a_finding_that_names_the_plant_among_its_related_places_is_a_catch(clusters, gazette_saturday, monkeypatch):
    site, _, after = gazette_saturday
    courier = (clusters / "harbour-fire" / "courier.md").read_text(encoding="utf-8")
    offset, line, column = place(courier, "Saturday")
    _, rline, rcolumn = place(after, site.new)
    related = Related(document="gazette", path=site.path, line=rline, column=rcolumn, text=site.new)
    fake_engine(monkeypatch, [], [finding("harbour-fire/courier.md", "Saturday", line, column, offset,
                                          related=(related,))])
    _, [outcome] = planted.run_cluster((clusters / "harbour-fire", [site]))
    assert outcome.caught == "warning"


def test_a_related_place_beside_the_plant_is_no_catch(clusters, gazette_saturday, monkeypatch):
    site, _, after = gazette_saturday
    courier = (clusters / "harbour-fire" / "courier.md").read_text(encoding="utf-8")
    offset, line, column = place(courier, "Saturday")
    _, rline, rcolumn = place(after, "Okafor")  # same line of the Gazette, a few words on
    related = Related(document="gazette", path=site.path, line=rline, column=rcolumn, text="Okafor")
    fake_engine(monkeypatch, [], [finding("harbour-fire/courier.md", "Saturday", line, column, offset,
                                          related=(related,))])
    _, [outcome] = planted.run_cluster((clusters / "harbour-fire", [site]))
    assert outcome.caught is None and len(outcome.noise) == 1


def test_a_finding_only_moved_by_the_slip_is_not_new(clusters, gazette_saturday, monkeypatch):
    site, before_text, after = gazette_saturday
    assert len(site.new) != len(site.old)  # the slip changes the length of the line
    was, moved = place(before_text, "Okafor"), place(after, "Okafor")
    assert was[0] != moved[0]
    fake_engine(monkeypatch, [finding(site.path, "Okafor", was[1], was[2], was[0])],
                [finding(site.path, "Okafor", moved[1], moved[2], moved[0])])
    _, [outcome] = planted.run_cluster((clusters / "harbour-fire", [site]))
    assert outcome.caught is None and outcome.noise == ()


def test_a_finding_on_the_plant_that_was_there_before_is_no_catch(clusters, gazette_saturday, monkeypatch):
    site, before_text, after = gazette_saturday
    was, now = place(before_text, site.old), place(after, site.new)
    fake_engine(monkeypatch, [finding(site.path, site.old, was[1], was[2], was[0])],
                [finding(site.path, site.new, now[1], now[2], now[0])])
    _, [outcome] = planted.run_cluster((clusters / "harbour-fire", [site]))
    assert outcome.caught is None


def test_summary_counts_catches_by_severity_and_agreement(clusters):
    sites = sites_of(clusters, "bare-weekday")
    outcomes = [planted.Outcome(sites[0], "error", ("r",), ()), planted.Outcome(sites[1], "info", ("r",), ("x", "y"))]
    row = next(r for r in planted.summary(outcomes, ["bare-weekday"]).splitlines() if r.startswith("bare-weekday"))
    # sites, warn+, info, noise | sites with >=2 agreeing, warn+, info
    assert row.split()[1:] == ["2", "1", "1", "2", "2", "1", "1"]


# --- the command -------------------------------------------------------------------------------


def test_list_prints_the_sites_without_running(clusters, capsys):
    assert planted.main([str(clusters), "--part", "all", "--list", "--families", "age"]) == 0
    out = capsys.readouterr().out
    assert "'Brennan, 58' -> 'Brennan, " in out and "harbour-fire/gazette.md:12:1" in out
    assert "weekday" not in out


def test_usage_errors_are_all_reported_at_once(clusters, tmp_path, capsys):
    assert planted.main([str(tmp_path / "absent"), "--part", "all", "--families", "age,colour",
                         "--compare", str(tmp_path / "none.json")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and "colour" in err[0] and "absent" in err[1] and "none.json" in err[2]


def test_part_selects_the_stories_of_the_corpus_record(clusters, tmp_path, capsys):
    record = tmp_path / "corpus.yaml"
    assert planted.main([str(clusters), "--part", "dev", "--record", str(record), "--list"]) == 2
    assert "no corpus record" in capsys.readouterr().err
    record.write_text("stories:\n- {story: harbour-fire, part: test}\n- {story: council-vote, part: dev}\n")
    assert planted.main([str(clusters), "--part", "dev", "--record", str(record), "--list"]) == 0
    out = capsys.readouterr().out
    assert "council-vote/post.md" in out and "harbour-fire" not in out


def test_json_holds_one_result_per_site(clusters, tmp_path, capsys):
    out = tmp_path / "result.json"
    assert planted.main([str(clusters), "--part", "all", "--families", "weekday-with-date,age",
                         "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["family"] for s in data["sites"]] == ["weekday-with-date", "age", "age"]
    assert data["sites"][0]["caught"] in ("warning", "error") and data["sites"][0]["agreeing"]
    assert "run time" in capsys.readouterr().out


def test_an_unreadable_article_is_left_out_with_its_place(clusters, capsys):
    (clusters / "harbour-fire" / "broken.md").write_text('---\ntitle: "never closed\n---\nText.\n', encoding="utf-8")
    articles = planted.read_cluster(clusters / "harbour-fire")
    assert [a.path for a in articles] == [f"harbour-fire/{n}" for n in sorted(HARBOUR_FIRE)]
    err = capsys.readouterr().err
    assert "broken.md:2:" in err and "left out" in err


def test_compare_names_the_sites_whose_outcome_changed(clusters, tmp_path, capsys):
    first = tmp_path / "first.json"
    planted.main([str(clusters), "--part", "all", "--families", "weekday-with-date,age", "--json", str(first)])
    data = json.loads(first.read_text(encoding="utf-8"))
    courier_age = data["sites"][1]
    assert (courier_age["family"], courier_age["path"]) == ("age", "harbour-fire/courier.md")
    was = courier_age["caught"]
    courier_age["caught"] = "warning" if was is None else None  # as if an earlier commit had done otherwise
    first.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert planted.main([str(clusters), "--part", "all", "--families", "weekday-with-date,age",
                         "--compare", str(first)]) == 0
    out = capsys.readouterr().out.split("changed since")[1].splitlines()
    assert out[0].endswith("(1):") and out[1].split()[:3] == [courier_age["caught"] or "missed", "->", was or "missed"]
    assert "harbour-fire/courier.md:12:1" in out[1]


def test_a_finding_that_only_lost_a_related_place_is_not_noise(clusters, gazette_saturday, monkeypatch):
    site, before_text, _ = gazette_saturday
    courier = (clusters / "harbour-fire" / "courier.md").read_text(encoding="utf-8")
    herald = (clusters / "harbour-fire" / "herald.md").read_text(encoding="utf-8")
    offset, line, column = place(courier, "Saturday")
    _, hline, hcolumn = place(herald, "Saturday")
    _, gline, gcolumn = place(before_text, "Okafor")  # the unedited Gazette named before the slip
    both = (Related(document="herald", path="harbour-fire/herald.md", line=hline, column=hcolumn, text="Saturday"),
            Related(document="gazette", path=site.path, line=gline, column=gcolumn, text="Okafor"))
    fake_engine(monkeypatch, [finding("harbour-fire/courier.md", "Saturday", line, column, offset, related=both)],
                [finding("harbour-fire/courier.md", "Saturday", line, column, offset, related=both[:1])])
    _, [outcome] = planted.run_cluster((clusters / "harbour-fire", [site]))
    assert outcome.caught is None and outcome.noise == ()
