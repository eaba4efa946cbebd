"""Synthetic corpora for the benchmarks, written to a folder outside the repository.

- ``copies``: N copies of the source articles, each its own document, names and figures
  unchanged: every copy tells the same stories (the worst case for cross-source rules,
  whose candidate lists grow with every copy);
- ``stories``: copy k of each source story gets made-up names (each story name replaced,
  the same way in every article of that copy) and shifted figures, so the corpus holds
  N / (articles per story) stories that share only the names every story uses (countries,
  bodies, agencies), as a year of wire copy does.

The source is a folder of story folders (each with its articles and an optional
``manifest.yaml``), or a folder of articles (one story), e.g. ``seeds/``.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from claimcheck.corpus import read_paths
from claimcheck.kinds._amounts import COMMON_NAMES, names

_SYLLABLES = "ka lo ri ven ta mor sel dan io bre zu nat pel gor fi au lem tor ish vo".split()
NUMBER = re.compile(r"(?<![\d.,:/-])\d{2,3}(?![\d:/-]|[a-z])")  # not dates, times, ordinals
_YEAR = re.compile(r"(?:19|20)\d\d")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")


def made_up(word: str, copy: int) -> str:
    """A name standing for ``word`` in copy ``copy``, made of syllables."""
    digest = hashlib.sha256(f"{word}/{copy}".encode()).digest()
    return "".join(_SYLLABLES[b % len(_SYLLABLES)] for b in digest[: 2 + digest[5] % 2]).capitalize()


def vary(text: str, story_names: set[str], copy: int) -> str:
    """The body with the story's names made up and its figures shifted; front matter kept."""
    head = _FRONT_MATTER.match(text)
    if head:
        return head.group(0) + vary(text[head.end():], story_names, copy)
    text = _CAPITALISED.sub(lambda m: made_up(m.group(0), copy) if m.group(0).lower() in story_names else m.group(0),
                            text)
    shift = copy % 9 + 1
    return NUMBER.sub(lambda m: m.group(0) if _YEAR.fullmatch(m.group(0)) else str(int(m.group(0)) + shift), text)


def _stories(source: Path) -> list[Path]:
    return sorted(p for p in source.iterdir() if p.is_dir()) or [source]


def make(source: Path, out: Path, size: int, variant: str = "stories") -> int:
    """Write ``size`` articles under ``out`` (folders already there are kept); returns the count."""
    stories = _stories(source)
    docs = {s: read_paths([s])[0] for s in stories}
    story_names = {s: set().union(*(names(d) for d in ds)) - set(COMMON_NAMES) for s, ds in docs.items()}
    seen_in: dict[str, int] = {}
    for ns in story_names.values():
        for n in ns:
            seen_in[n] = seen_in.get(n, 0) + 1
    # names many stories of the source use (countries, agencies) stay: a real archive repeats them
    widespread = {n for n, k in seen_in.items() if k > max(2, len(stories) // 10)}
    written, copy = 0, 0
    while written < size:
        for s, ds in docs.items():
            ds = ds[: size - written]
            folder = out / f"{s.name}-{copy:05d}"
            if not folder.exists():
                folder.mkdir(parents=True)
                for d in ds:
                    original = Path(d.path).read_text(encoding="utf-8")
                    text = original if variant == "copies" else vary(original, story_names[s] - widespread, copy)
                    (folder / Path(d.path).name).write_text(text, encoding="utf-8")
                if (s / "manifest.yaml").exists():
                    shutil.copy(s / "manifest.yaml", folder / "manifest.yaml")
            written += len(ds)
            if written >= size:
                break
        copy += 1
    return written
