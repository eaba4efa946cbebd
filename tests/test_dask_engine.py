"""The Dask engine gives the local engine's report, with the cross-source rules run per group of documents."""

from __future__ import annotations

import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402

from claimcheck import dask_engine, engine  # noqa: E402
from claimcheck.archive.keys import document_keys  # noqa: E402
from claimcheck.corpus import read_paths  # noqa: E402
from claimcheck.extract import extract_document  # noqa: E402
from claimcheck.packs import load_packs  # noqa: E402
from tests.conftest import OTHER_STORY, ROOT, SEEDS  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as cluster:
        with Client(cluster) as c:
            yield c


@pytest.fixture
def corpus(tmp_path):
    """The seeds, one with its aid figure changed, and a story of its own (floods in Botswana)."""
    import shutil

    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    target = folder / "002_82f39ec3c75956a1.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("$578 million", "$587 million"), encoding="utf-8")
    (folder / "floods.md").write_text(OTHER_STORY, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"caf\xe9\n")
    return folder


def test_the_dask_report_is_the_local_report(client, corpus):
    docs, errors = read_paths([corpus])
    packs = load_packs([ROOT / "rules"])
    local = engine.run(docs, packs, read_errors=errors)
    distributed = dask_engine.run(docs, packs, read_errors=errors, client=client)
    assert distributed.to_json_dict() == local.to_json_dict()
    assert "core.amount-agreement" in {f.rule for f in local.findings}  # a cross-source finding to compare


def test_documents_of_different_stories_fall_in_different_groups(corpus):
    docs, _ = read_paths([corpus])
    keys = {d.id: document_keys(d, extract_document(d)) for d in docs}
    found = dask_engine.groups(keys)
    assert sorted(map(sorted, found)) == [["000_3fc728a24d09eceb", "001_a3cafb5fea57f7c3", "002_82f39ec3c75956a1",
                                           "003_9264893a1ac32f72", "004_23b589e46890e87e"], ["floods"]]


def test_a_document_naming_nothing_puts_everything_in_one_group():
    assert dask_engine.groups({"a": {"n:x"}, "b": {"n:y"}, "c": set()}) == [["a", "b", "c"]]
    assert dask_engine.groups({"a": {"n:x"}, "b": {"n:y"}, "c": {"n:y", "n:z"}}) == [["a"], ["b", "c"]]


def test_check_engine_dask_prints_the_plain_report(corpus):
    from click.testing import CliRunner

    from claimcheck.cli import main

    plain = CliRunner().invoke(main, ["check", "--isolated", "--format", "json", str(corpus)])
    on_dask = CliRunner().invoke(main, ["check", "--isolated", "--format", "json", "--engine", "dask", str(corpus)])
    assert (on_dask.exit_code, on_dask.output) == (plain.exit_code, plain.output)


def test_two_documents_with_one_id_are_the_local_engines_finding_on_dask(client):
    from tests.conftest import make_doc

    wrong = make_doc("The talks opened on Tuesday, May 8, 2024.", id="x", path="wire.txt")
    again = make_doc("Nothing here.", id="x", path="wire2.txt")
    packs = load_packs()
    local = engine.run([again, wrong], packs)
    distributed = dask_engine.run([again, wrong], packs, client=client)
    assert distributed.to_json_dict() == local.to_json_dict()
    assert [(f.rule, f.path) for f in distributed.findings] == [("core.weekday-date", "wire.txt"),
                                                                ("input.unreadable", "wire2.txt")]
