"""The archive index: documents, their claims and alignment keys in a SQL database.

SQLite by default (one file, nothing to run); a PostgreSQL URL gets the same tables
through SQLAlchemy Core, which speaks both. Indexing is incremental and safe to kill:

- a document is stored with a hash of its content and of the packs' data (which guides
  extraction); an unchanged document is skipped, a changed one replaced;
- documents are written in batches, each in one transaction, so a run killed midway
  leaves whole batches behind and the next run completes the rest.

Tables (prefix ``cc_``): ``documents`` (id, path, content hash, the document as JSON with
its text), ``claims`` (document, claim id, kind, the claim as JSON), ``keys`` (key,
document: the alignment keys of ``keys.py``), ``info`` (name, value: the schema version).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from pydantic import TypeAdapter
from sqlalchemy import (
    Column, Date, Engine, Index, MetaData, String, Table, Text, bindparam, case, create_engine, delete, event,
    func, insert, make_url, select,
)

from .. import stream
from ..corpus import ReadError
from ..errors import ConfigError
from ..models import Claim, Document
from ..packdata import PackData
from .keys import document_keys
from .target import is_index, url  # noqa: F401 - is_index re-exported

SCHEMA_VERSION = "1"
BATCH = 200  # documents per transaction

metadata = MetaData()
documents = Table(
    "cc_documents", metadata,
    Column("id", String, primary_key=True),
    Column("path", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("published", Date),
    Column("record", Text, nullable=False),
)
claims = Table(
    "cc_claims", metadata,
    Column("document", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("record", Text, nullable=False),
)
keys = Table(
    "cc_keys", metadata,
    Column("key", String, primary_key=True),
    Column("document", String, primary_key=True),
)
Index("cc_keys_document", keys.c.document)
info = Table(
    "cc_info", metadata,
    Column("name", String, primary_key=True),
    Column("value", Text, nullable=False),
)

_CLAIM = TypeAdapter(Claim)


def connect(target: str | Path, create: bool = True) -> Engine:
    """The index at ``target`` (a SQLite path or a database URL), tables created if missing."""
    shown = _shown(target)
    try:
        engine = create_engine(url(target))
    except Exception as e:  # noqa: BLE001 - an unknown scheme or a missing driver: one clear line
        raise ConfigError(f"cannot open the index: {_first_line(e)}", shown) from None
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):  # WAL: readers never wait for a batch being written
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
    try:
        if create:
            metadata.create_all(engine)
        with engine.begin() as conn:
            version = conn.execute(select(info.c.value).where(info.c.name == "schema")).scalar()
            if version is None and create:
                conn.execute(insert(info).values(name="schema", value=SCHEMA_VERSION))
            elif version not in (None, SCHEMA_VERSION):
                raise ConfigError(f"index schema {version} is not {SCHEMA_VERSION}; rebuild it", shown)
    except ConfigError:
        raise
    except Exception as e:  # noqa: BLE001
        raise ConfigError(f"cannot open the index: {type(e).__name__}: {_first_line(e)}", shown) from None
    return engine


def _shown(target: str | Path) -> str:
    """The target as messages show it: a URL without its password."""
    if "://" not in str(target):
        return str(target)
    try:
        return make_url(url(target)).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not even a URL: say so without echoing it
        return "the database URL"


def _first_line(e: Exception) -> str:
    lines = str(getattr(e, "orig", None) or e).strip().splitlines()
    return lines[0] if lines else type(e).__name__


def packs_fingerprint(data: PackData) -> str:
    """Extraction depends on the packs' data (roster, names): claims stored under other
    data are extracted again."""
    from .. import __version__

    return hashlib.sha256((__version__ + data.model_dump_json()).encode("utf-8")).hexdigest()


def content_hash(doc: Document, fingerprint: str) -> str:
    return hashlib.sha256((fingerprint + doc.model_dump_json()).encode("utf-8")).hexdigest()


@dataclass
class IndexRun:
    """What one ``claimcheck index`` run did."""

    indexed: int = 0
    unchanged: int = 0
    claims: int = 0
    errors: list[ReadError] = field(default_factory=list)


def _write(engine: Engine, batch: list[tuple[Document, list, str]]) -> None:
    """One batch in one transaction: old rows of these documents out, new rows in."""
    ids = [d.id for d, _, _ in batch]
    doc_rows, claim_rows, key_rows = [], [], []
    for doc, found, digest in batch:
        doc_rows.append(dict(id=doc.id, path=doc.path, content_hash=digest, published=doc.published,
                             record=doc.model_dump_json()))
        seen: set[str] = set()
        for c in found:
            if c.id not in seen:
                seen.add(c.id)
                claim_rows.append(dict(document=doc.id, id=c.id, kind=c.kind, record=c.model_dump_json()))
        key_rows.extend(dict(key=k, document=doc.id) for k in sorted(document_keys(doc, found)))
    with engine.begin() as conn:
        for table in (keys, claims):
            conn.execute(delete(table).where(table.c.document.in_(ids)))
        conn.execute(delete(documents).where(documents.c.id.in_(ids)))
        conn.execute(insert(documents), doc_rows)
        if claim_rows:
            conn.execute(insert(claims), claim_rows)
        if key_rows:
            conn.execute(insert(keys), key_rows)


def build(
    paths: Sequence[str | Path],
    target: str | Path,
    data: PackData,
    jobs: int = 1,
    batch: int = BATCH,
    progress: Callable[[int], None] | None = None,
) -> IndexRun:
    """Index every document under ``paths`` into ``target``; unchanged ones are skipped.

    ``progress`` is called with the number of documents written after each batch.
    """
    engine = connect(target)
    fingerprint = packs_fingerprint(data)
    with engine.connect() as conn:
        stored = dict(conn.execute(select(documents.c.id, documents.c.content_hash)).all())
    run = IndexRun()
    digests: dict[str, str] = {}

    def changed() -> Iterator[Document | ReadError]:
        for item in stream.iter_documents(paths):
            if isinstance(item, ReadError):
                yield item
                continue
            digest = content_hash(item, fingerprint)
            if stored.get(item.id) == digest:
                run.unchanged += 1
                continue
            digests[item.id] = digest
            yield item

    pending: list[tuple[Document, list, str]] = []
    for item in stream.extract_stream(changed(), data, jobs):
        if isinstance(item, ReadError):
            run.errors.append(item)
            continue
        doc, found = item
        pending.append((doc, found, digests.pop(doc.id)))
        if len(pending) >= batch:
            _flush(engine, pending, run, progress)
    if pending:
        _flush(engine, pending, run, progress)
    engine.dispose()
    return run


def _flush(engine: Engine, pending: list, run: IndexRun, progress: Callable[[int], None] | None) -> None:
    _write(engine, pending)
    run.indexed += len(pending)
    run.claims += sum(len(found) for _, found, _ in pending)
    pending.clear()
    if progress is not None:
        progress(run.indexed)


@dataclass
class Context:
    """The archive's documents that could bear on some drafts, with their stored claims."""

    documents: list[Document]
    claims: dict[str, list]
    keys_looked_up: int
    keys_skipped: int  # too common to tell a story apart
    fresh: bool  # stored under the same packs' data: the claims can be used as they are


def lookup(
    target: str | Path,
    wanted: Iterable[str],
    data: PackData,
    exclude: set[str] = frozenset(),
    max_posting: int = 500,
    limit: int = 200,
    min_shared: int = 2,
) -> Context:
    """The documents sharing the ``wanted`` keys, most shared first, at most ``limit``.

    A key found in more than ``max_posting`` documents says little about the story (a
    country, a president) and is not followed, as ``align.TermIndex`` skips such keys. An
    article must share ``min_shared`` story names (one, "Reuters", is chance), or a person:
    the title rule compares one person's titles across stories.
    """
    engine = connect(target, create=False)
    wanted = sorted(set(wanted))
    with engine.connect() as conn:
        df = dict(conn.execute(
            select(keys.c.key, func.count()).where(keys.c.key.in_(bindparam("k", expanding=True)))
            .group_by(keys.c.key), {"k": wanted}).all()) if wanted else {}
        kept = [k for k, n in df.items() if n <= max_posting]
        shared = func.count().label("shared")
        people = func.sum(case((keys.c.key.like("p:%"), 1), else_=0))
        ranked = conn.execute(
            select(keys.c.document, shared).where(keys.c.key.in_(bindparam("k", expanding=True)))
            .group_by(keys.c.document).having((shared >= min_shared) | (people > 0))
            .order_by(shared.desc(), keys.c.document), {"k": kept}).all() if kept else []
        ids = [d for d, _ in ranked if d not in exclude][:limit]
        docs = [Document.model_validate_json(r) for (r,) in conn.execute(
            select(documents.c.record).where(documents.c.id.in_(bindparam("i", expanding=True))), {"i": ids})] \
            if ids else []
        found: dict[str, list] = {d.id: [] for d in docs}
        if ids:
            for document, record in conn.execute(
                    select(claims.c.document, claims.c.record).where(claims.c.document.in_(bindparam("i", expanding=True)))
                    .order_by(claims.c.document, claims.c.id), {"i": ids}):
                found[document].append(_CLAIM.validate_json(record))
        fresh = _fresh(conn, docs, data)
    engine.dispose()
    for d in docs:  # stored by id: back in text order, as extraction gives them
        found[d.id].sort(key=lambda c: (c.start, c.end, c.kind, c.id))
    return Context(docs, found, len(wanted), len(df) - len(kept), fresh)


def _fresh(conn: Any, docs: list[Document], data: PackData) -> bool:
    if not docs:
        return True
    fingerprint = packs_fingerprint(data)
    stored = dict(conn.execute(select(documents.c.id, documents.c.content_hash)
                               .where(documents.c.id.in_(bindparam("i", expanding=True))), {"i": [d.id for d in docs]}).all())
    return all(stored.get(d.id) == content_hash(d, fingerprint) for d in docs)


def dump(target: str | Path) -> dict[str, list]:
    """Every row of the index, sorted (tests compare two indexes with it)."""
    engine = connect(target, create=False)
    out = {}
    with engine.connect() as conn:
        for table in (documents, claims, keys):
            out[table.name] = sorted(json.dumps(list(row), default=str) for row in conn.execute(select(table)))
    engine.dispose()
    return out
