"""The roster section of a pack: loading, errors placed on their line, overlapping tenures."""

from __future__ import annotations

import pytest

from claimcheck.errors import ConfigError
from claimcheck.packs import load_packs, parse_pack
from tests.conftest import RULES

GOOD = """\
pack: story
roster:
  people:
    - {id: ana, name: Ana Pérez, aliases: [Ana Perez]}
  offices:
    - {id: fm, titles: [Foreign Minister], country: Chile, demonyms: [Chilean]}
    - {id: env, titles: [Environment Minister]}
  tenures:
    - {person: ana, office: fm, start: 2020-01-01, end: 2024-10-01}
    - {person: ana, office: env, start: 2024-06-01}
"""


def test_overlapping_tenures_of_one_person_are_allowed():
    pack = parse_pack(GOOD, "story.yaml")
    assert len(pack.data.roster.tenures) == 2


@pytest.mark.parametrize(
    "old, new, where, message",
    [
        ("{person: ana, office: env", "{person: bob, office: env", "story.yaml:10:", "unknown person 'bob'"),
        ("office: fm, start", "office: pm, start", "story.yaml:9:", "unknown office 'pm'"),
        ("end: 2024-10-01", "end: 2019-10-01", "story.yaml:9:", "ends (2019-10-01) before it starts"),
        ("titles: [Foreign Minister]", "titles: []", "story.yaml:6:", "titles"),
        ("aliases: [Ana Perez]", "alias: [Ana Perez]", "story.yaml:4:", "unknown key"),
    ],
)
def test_a_malformed_roster_fails_with_file_and_line(old, new, where, message):
    with pytest.raises(ConfigError) as e:
        parse_pack(GOOD.replace(old, new), "story.yaml")
    assert str(e.value).startswith(where)
    assert message in str(e.value)


def test_the_story_pack_roster_loads():
    [_, story] = load_packs([RULES])
    roster = story.data.roster
    ids = {p.id for p in roster.people}
    assert {"antony-blinken", "bernardo-arevalo", "alicia-barcena", "diego-beltrand"} <= ids
    assert not [t for t in roster.tenures if t.person == "diego-beltrand"]  # title could not be confirmed
    assert len([t for t in roster.tenures if t.person == "donald-trump"]) == 2
