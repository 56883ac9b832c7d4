"""FastAPI's TestClient, imported without Starlette's warning that it prefers the
`httpx2` package (pytest turns warnings into errors; plain httpx works the same here)."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

__all__ = ["TestClient"]
