"""Ingest worker processes: forked from one zygote that loaded and warmed up the model, never
from the ingest process; a dead worker breaks the pool; nothing is left running."""

from __future__ import annotations

import gc
import importlib
import inspect
import os
import pickle
import pkgutil
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import psutil
import pytest

import newsfacts
from newsfacts.errors import NewsfactsError
from newsfacts.corpus import ingest as ingest_mod
from newsfacts.corpus import workers as workers_mod

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[1]

#: Modules whose cached loaders are not ingest's business (interfaces, training, evaluation).
_NOT_INGEST = ("newsfacts.web", "newsfacts.spark", "newsfacts.cli", "newsfacts.training", "newsfacts.evaluation",
               "newsfacts.eval_places", "newsfacts.nlp.quotes.model", "newsfacts.__main__",
               "newsfacts.store.vocab")  # the query commands' filter vocabulary: no stage reads it
#: Cached loaders left to first need on purpose (corpus/workers.py says why).
_LAZY = {"newsfacts.nlp.text.language_identifier"}


def _cached_loaders():
    """Every argument-less ``functools.lru_cache`` function of the library's stage modules."""
    for info in pkgutil.walk_packages(newsfacts.__path__, "newsfacts."):
        if info.name.startswith(_NOT_INGEST):
            continue
        module = importlib.import_module(info.name)
        for name, f in vars(module).items():
            if hasattr(f, "cache_info") and getattr(f, "__module__", None) == module.__name__ \
                    and not inspect.signature(f).parameters and f"{module.__name__}.{name}" not in _LAZY:
                yield f"{module.__name__}.{name}", f


def _probe():
    """What a worker finds: its pid and parent, model loads in its lineage, frozen objects,
    whether the city gazetteer is already there, the collector's threshold."""
    from newsfacts.lexicons.gazetteer import cities_by_name
    from newsfacts.pipeline import build_nlp

    return (os.getpid(), os.getppid(), workers_mod.pipeline_cache().misses, workers_mod.worker_nlp() is not None,
            gc.get_freeze_count() > 0, cities_by_name.cache_info().currsize, gc.get_threshold()[0])


def test_ingest_workers_warm_up_loads_every_cached_loader():
    """A table a stage loads on first use, left out of the warm-up, is built again by every
    worker (the city gazetteer: ~80 MB each). Checked in a fresh process, as the zygote is:
    here, earlier tests have filled the stages' caches, so the warm-up would not reach some
    loaders even when they are missing."""
    code = ("from newsfacts.pipeline import build_nlp\n"
            "from newsfacts.corpus.workers import warm_up\n"
            "from tests.test_ingest_workers import _cached_loaders\n"
            "loaders = dict(_cached_loaders())\n"
            "assert 'newsfacts.lexicons.gazetteer.cities_by_name' in loaders, sorted(loaders)\n"
            "warm_up(build_nlp())\n"
            "print([name for name, f in loaders.items() if not f.cache_info().currsize])\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().splitlines()[-1] == "[]"


def test_ingest_workers_are_forked_from_one_zygote_without_loading_the_model(nlp):
    from newsfacts.pipeline import build_nlp

    loads_here = workers_mod.pipeline_cache().misses
    zygote = workers_mod.Zygote(None)
    try:
        generations = []
        for _ in range(2):  # a pool, then its replacement (recycling)
            pool = workers_mod.ForkedPool(zygote, 2)
            generations.append([f.result() for f in [pool.submit(_probe) for _ in range(6)]])
            pool.shutdown()
    finally:
        zygote.close()
    seen = [s for g in generations for s in g]
    first, second = ({s[0] for s in g} for g in generations)
    assert first.isdisjoint(second) and os.getpid() not in first | second  # fresh workers for the new pool
    pids = first | second
    assert {s[1] for s in seen} == {zygote.pid}  # all forked from the zygote, none from here
    # the model and the gazetteer inherited (loaded by none), the collector's heap frozen and its threshold raised
    assert {s[2:] for s in seen} == {(loads_here, True, True, 1, workers_mod.GC_THRESHOLD)}
    assert not psutil.pid_exists(zygote.pid)
    assert [p for p in pids if psutil.pid_exists(p)] == []  # ended with their sockets, and waited for by the zygote


def test_ingest_workers_a_dead_worker_breaks_the_pool(nlp):
    zygote = workers_mod.Zygote(None)
    try:
        pool = workers_mod.ForkedPool(zygote, 1)
        assert pool.submit(_probe).result()[1] == zygote.pid
        with pytest.raises(BrokenProcessPool):
            pool.submit(os._exit, 9).result()  # the worker dies mid-task
        with pytest.raises(BrokenProcessPool):
            pool.submit(_probe).result()
        pool.shutdown(cancel_futures=True)
        pool = workers_mod.ForkedPool(zygote, 1)  # the zygote itself is unharmed
        assert pool.submit(_probe).result()[1] == zygote.pid
        pool.shutdown()
    finally:
        zygote.close()


def test_ingest_workers_exceptions_come_back_to_the_caller(nlp):
    zygote = workers_mod.Zygote(None)
    try:
        pool = workers_mod.ForkedPool(zygote, 1)
        with pytest.raises(ZeroDivisionError):
            pool.submit(divmod, 1, 0).result()
        assert pool.submit(divmod, 7, 2).result() == (3, 1)  # the worker carries on
        pool.shutdown()
    finally:
        zygote.close()


def test_ingest_workers_model_not_installed_is_raised_here(tmp_path):
    from newsfacts.store.duckdb import FactStore

    from .corpus_helpers import ARTICLES, write_jsonl

    jl = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLES[0]}])
    # children this process had before (e.g. a browser driver left by another test file run
    # in the same process) are not the ingest's
    before = {p.pid for p in psutil.Process().children()}
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        with pytest.raises(NewsfactsError) as e:
            ingest_mod.ingest([str(jl)], store, workers=1, model="no_such_model_installed", progress=False)
    assert e.value.code == "NF201"
    assert [p for p in psutil.Process().children() if p.pid not in before] == []


def test_ingest_workers_a_task_that_does_not_pickle_fails_alone(nlp, tmp_path, monkeypatch):
    zygote = workers_mod.Zygote(None)
    try:
        pool = workers_mod.ForkedPool(zygote, 1)
        (tmp_path / "late_plugin.py").write_text("def task():\n    return 1\n")
        monkeypatch.syspath_prepend(str(tmp_path))  # importable here, not in the zygote forked before
        import late_plugin

        with pytest.raises(ModuleNotFoundError):
            pool.submit(late_plugin.task).result()  # fails to unpickle in the worker
        with pytest.raises((AttributeError, pickle.PicklingError)):
            pool.submit(lambda: 1).result()  # fails to pickle here
        assert pool.submit(divmod, 7, 2).result() == (3, 1)  # the worker carries on
        pool.shutdown()
    finally:
        zygote.close()
