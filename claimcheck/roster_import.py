"""``claimcheck roster import``: turn public officeholder data into a roster pack.

Reads the ``unitedstates/congress-legislators`` files (``executive.yaml``: presidents and
vice presidents; ``legislators-current.yaml`` / ``legislators-historical.yaml``: members of
Congress with their terms and leadership roles) and writes a pack with ``roster:`` people,
offices and tenures that ``title-matches-role`` reads. Consecutive terms in one office
become one tenure. Term ends in these files are constitutional ends, not observed
departures; the pack says so in each tenure's source.

    claimcheck roster import executive.yaml legislators-current.yaml -o rules/us-roster.yaml
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import click
import yaml
from pydantic import ValidationError

from .errors import ClaimcheckError
from .packdata import Office, Person, Roster, Tenure

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
US = {"country": "United States", "demonyms": ["US", "U.S.", "American"]}
TERRITORIES = {"DC", "PR", "GU", "VI", "AS", "MP"}
SOURCE = "unitedstates/congress-legislators"

# The offices a term type stands for: the first title is the one suggested before a name.
OFFICES: dict[str, dict[str, Any]] = {
    "prez": {"id": "us-president", "titles": ["President", "President of the United States"]},
    "viceprez": {"id": "us-vice-president", "titles": ["Vice President", "Vice President of the United States"]},
    "sen": {"id": "us-senator", "titles": ["Senator", "Sen.", "U.S. Senator", "United States Senator"],
            "descriptors": ["senator", "lawmaker", "legislator"], "organisation": "United States Senate"},
    "rep": {"id": "us-representative",
            "titles": ["Representative", "Rep.", "Congressman", "Congresswoman", "Congressmember",
                       "U.S. Representative"],
            "descriptors": ["lawmaker", "legislator"], "organisation": "United States House of Representatives"},
    "del": {"id": "us-delegate",
            "titles": ["Delegate", "Del.", "Resident Commissioner", "Representative", "Rep.", "Congressman",
                       "Congresswoman"],
            "descriptors": ["lawmaker", "legislator"], "organisation": "United States House of Representatives"},
}


class ImportError_(ClaimcheckError):
    """Input that is not congress-legislators data."""


class _Bad(Exception):
    """A structural problem inside one entry, with where in the entry it is (keys and
    indexes, e.g. ``("terms", 1, "start")``) so the caller can give its line and column."""

    def __init__(self, message: str, *loc: Any):
        super().__init__(message)
        self.message, self.loc = message, loc


def place(node: yaml.Node | None, loc: Iterable[Any]) -> tuple[int, int]:
    """(line, column) of the deepest node along ``loc`` (1, 1 without a node tree)."""
    if node is None:
        return 1, 1
    for part in loc:
        if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        elif isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part), None)
            if found is None:
                break
            node = found
        else:
            break
    return node.start_mark.line + 1, node.start_mark.column + 1


@dataclass
class Builder:
    people: dict[str, Person] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)
    tenures: list[Tenure] = field(default_factory=list)

    def office(self, key: str, title: str | None = None) -> str:
        if title is not None:
            spec = {"id": "us-" + _slug(title), "titles": _leadership_titles(title)}
        else:
            spec = OFFICES[key]
        if spec["id"] not in self.offices:
            self.offices[spec["id"]] = Office(**{**US, **spec})
        return spec["id"]

    def roster(self) -> Roster:
        tenures = sorted(_merge(self.tenures), key=lambda t: (t.person, t.office, t.start or dt.date.min))
        return Roster(people=_distinct_names(list(self.people.values())), offices=list(self.offices.values()),
                      tenures=tenures)


def _distinct_names(people: list[Person]) -> list[Person]:
    """Two people under one display name ("George Bush") are told apart by the middle initial
    their aliases carry ("George W. Bush"), which is also what messages then print."""
    seen: dict[str, int] = {}
    for p in people:
        seen[p.name] = seen.get(p.name, 0) + 1
    out = []
    for p in people:
        if seen[p.name] > 1:
            first, last = p.name.split()[0], p.name.split()[-1]
            initial = next((a for a in p.aliases if re.fullmatch(rf"{re.escape(first)} [A-Z]\. {re.escape(last)}", a)), None)
            if initial:
                p = Person(id=p.id, name=initial, aliases=[p.name, *(a for a in p.aliases if a != initial)],
                           misspellings=p.misspellings, note=p.note)
        out.append(p)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _leadership_titles(title: str) -> list[str]:
    """'Senate Majority Leader' is also 'Majority Leader'; 'Speaker of the House' is 'House Speaker'."""
    titles = [title]
    m = re.fullmatch(r"(.+) of the (House|Senate)", title)
    if m:
        titles += [f"{m.group(2)} {m.group(1)}", m.group(1)]
    m = re.fullmatch(r"(House|Senate) (.+)", title)
    if m:
        titles.append(m.group(2))
    return list(dict.fromkeys(titles))


def _merge(tenures: list[Tenure]) -> Iterable[Tenure]:
    """Join consecutive terms in one office (a gap of a few days between terms is usual)."""
    by_key: dict[tuple[str, str], list[Tenure]] = {}
    for t in tenures:
        by_key.setdefault((t.person, t.office), []).append(t)
    for items in by_key.values():
        items.sort(key=lambda t: t.start or dt.date.min)
        cur = items[0]
        for t in items[1:]:
            if cur.end is not None and t.start is not None and (t.start - cur.end).days <= 7:
                cur = cur.model_copy(update={"end": t.end if (t.end or dt.date.max) > cur.end else cur.end})
            else:
                yield cur
                cur = t
        yield cur


def _date(value: Any, where: str, *loc: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _Bad(f"{where}: not a date: {value!r}", *loc) from None


def _names(name: dict, where: str) -> tuple[str, list[str]]:
    first, last = name.get("first"), name.get("last")
    if not isinstance(first, str) or not isinstance(last, str) or not first.strip() or not last.strip():
        raise _Bad(f"{where}: name needs 'first' and 'last'", "name")
    middle, nick, suffix = name.get("middle"), name.get("nickname"), name.get("suffix")
    forms = [f"{nick} {last}" if nick else None, f"{first} {last}"]
    if middle:
        forms.append(f"{first} {middle} {last}")
        forms.append(f"{first} {middle[0]}. {last}")  # "John F. Kennedy"
    if suffix:
        forms += [f"{f} {suffix}" for f in list(forms) if f]
    if name.get("official_full"):
        forms.append(name["official_full"])
    forms = [f for f in dict.fromkeys(forms) if f]
    main = forms[0]
    return main, forms[1:]


def _person_id(entry: dict, main: str) -> str:
    ids = entry.get("id") if isinstance(entry.get("id"), dict) else {}
    return str(ids.get("bioguide") or ids.get("govtrack") or _slug(main))


def add_entries(builder: Builder, entries: Any, path: str, node: yaml.Node | None = None) -> None:
    """Add every person of one file; ``node`` (the file's YAML node tree) gives errors their place."""
    if not isinstance(entries, list):
        raise ImportError_("expected a list of people (congress-legislators format)", path, *place(node, ()))
    for n, entry in enumerate(entries):
        where = f"entry {n + 1}"
        try:
            _add_entry(builder, entry, where)
        except _Bad as e:
            raise ImportError_(e.message, path, *place(node, (n, *e.loc))) from None
        except ValidationError as e:
            raise ImportError_(f"{where}: {e.errors()[0]['msg']}", path, *place(node, (n,))) from None


def _checked(make: Any, where: str, *loc: Any, **fields: Any) -> Any:
    """A roster model built from one term or role; its validation error points at it."""
    try:
        return make(**fields)
    except ValidationError as e:
        raise _Bad(f"{where}: {e.errors()[0]['msg']}", *loc) from None


def _add_entry(builder: Builder, entry: Any, where: str) -> None:
    """One person of congress-legislators data: names, terms, leadership roles."""
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), dict) or not isinstance(entry.get("terms"), list):
        raise _Bad(f"{where}: expected a person with 'name' and 'terms'")
    main, aliases = _names(entry["name"], where)
    ids = entry.get("id") if isinstance(entry.get("id"), dict) else {}
    aliases += [re.sub(r"\s*\(.*\)$", "", str(ids[k])) for k in ("wikipedia", "ballotpedia") if ids.get(k)]
    pid = _person_id(entry, main)
    known = builder.people.get(pid)
    if known:
        aliases = list(dict.fromkeys([*known.aliases, *aliases]))
    builder.people[pid] = Person(id=pid, name=main, aliases=[a for a in dict.fromkeys(aliases) if a != main])
    for k, term in enumerate(entry["terms"]):
        tw = f"{where}, term {k + 1}"
        if not isinstance(term, dict) or term.get("type") not in {"prez", "viceprez", "sen", "rep"}:
            raise _Bad(f"{tw}: expected a term with type prez, viceprez, sen or rep", "terms", k)
        kind = "del" if term["type"] == "rep" and term.get("state") in TERRITORIES else term["type"]
        builder.tenures.append(_checked(
            Tenure, tw, "terms", k,
            person=pid, office=builder.office(kind), start=_date(term.get("start"), tw, "terms", k, "start"),
            end=_date(term.get("end"), tw, "terms", k, "end"), source=f"{SOURCE} (term end as scheduled)",
        ))
    roles = entry.get("leadership_roles") or []
    if not isinstance(roles, list):
        raise _Bad(f"{where}: leadership_roles must be a list", "leadership_roles")
    for k, role in enumerate(roles):
        rw = f"{where}, leadership role {k + 1}"
        if not isinstance(role, dict) or not isinstance(role.get("title"), str):
            raise _Bad(f"{rw}: expected a role with a 'title'", "leadership_roles", k)
        builder.tenures.append(_checked(
            Tenure, rw, "leadership_roles", k,
            person=pid, office=builder.office("", role["title"]),
            start=_date(role.get("start"), rw, "leadership_roles", k, "start"),
            end=_date(role.get("end"), rw, "leadership_roles", k, "end"), source=f"{SOURCE} leadership_roles",
        ))


def read_document(path: Path) -> tuple[Any, yaml.Node | None]:
    """The file's data and its YAML node tree (one parse), whose marks place errors."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ImportError_(f"cannot read: {getattr(e, 'strerror', None) or e}", str(path)) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return (None if node is None else loader.construct_document(node)), node
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        raise ImportError_(f"invalid YAML: {e.problem or e.context}", str(path),
                           mark.line + 1 if mark else 1, mark.column + 1 if mark else 1) from None
    except yaml.YAMLError as e:
        raise ImportError_(f"invalid YAML: {e}", str(path)) from None
    finally:
        loader.dispose()


def build_pack(paths: list[Path], pack: str) -> dict[str, Any]:
    """The roster pack (plain data, ready to dump) from congress-legislators files."""
    builder = Builder()
    for p in paths:
        data, node = read_document(p)
        add_entries(builder, data, str(p), node)
    try:
        roster = builder.roster()
    except ValueError as e:  # pydantic errors are ValueErrors
        raise ImportError_(f"the data does not make a valid roster: {e}") from None
    return {
        "pack": pack,
        "description": f"US officeholders imported from {SOURCE} ({', '.join(p.name for p in paths)}).",
        "roster": roster.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
    }


@click.group("roster")
def roster_group() -> None:
    """Roster tools."""


@roster_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Pack file to write.")
@click.option("--pack", "pack", default="usroster", show_default=True, help="Name of the pack written.")
def import_command(files: tuple[Path, ...], output: Path, pack: str) -> None:
    """Turn congress-legislators EXECUTIVE.yaml / LEGISLATORS.yaml files into a roster pack."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", pack) or pack == "core":
        click.echo(f"claimcheck: --pack {pack!r}: one lower-case word (letters, digits, - or _), not 'core'", err=True)
        sys.exit(2)
    try:
        data = build_pack(list(files), pack)
        text = "# Generated by `claimcheck roster import`; edit the source data, not this file.\n" + yaml.dump(
            data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
        output.write_text(text, encoding="utf-8")
    except ClaimcheckError as e:
        click.echo(f"claimcheck: {e}", err=True)
        sys.exit(2)
    except OSError as e:
        click.echo(f"claimcheck: cannot write {output}: {e.strerror or e}", err=True)
        sys.exit(2)
    r = data["roster"]
    click.echo(f"Wrote {output}: {len(r.get('people', []))} people, {len(r.get('offices', []))} offices, "
               f"{len(r.get('tenures', []))} tenures.")
