"""Shared fixtures: the pinned model (loaded once), paths to shared data, and the
evidence invariant every record must satisfy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSFACTS_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "gold"
SEED = SHARED / "examples" / "seed-article.txt"


@pytest.fixture(scope="session")
def nlp():
    from newsfacts import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def seed_text():
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (set NEWSFACTS_SHARED to the shared/ folder)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text, nlp):
    from newsfacts import extract

    return extract(seed_text, published="2021-06-03", nlp=nlp)


@pytest.fixture
def gold_dir():
    def get(name: str) -> Path:
        p = GOLD / name
        if not p.exists():
            pytest.skip(f"gold data folder {p} is absent: evaluation tests need ../shared/gold/{name}")
        return p

    return get


@pytest.fixture(scope="session")
def extract_text(nlp):
    from newsfacts import extract

    def run(text: str, **kw):
        return extract(text, nlp=nlp, **kw)

    return run
