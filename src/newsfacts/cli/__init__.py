"""The `newsfacts` command line: thin shells over the library.

One click group (:data:`cli`, in ``main.py``) with the commands added explicitly:

- ``extract`` (``extract.py``): the facts of articles, as a summary (``render.py``) or JSON;
- ``ingest``, ``quotes``, ``events``, ``actors``, ``dyads``, ``sql``, ``export``
  (``corpus.py``, printing through ``output.py``): the DuckDB store;
- ``eval quotes|events|places`` (``evaluate.py``), ``train quotes`` (``train.py``);
- ``serve`` (``web.py``), ``spark`` (``spark.py``).

Options several commands share, and the one error decorator, are in ``options.py``.
"""

from .main import cli, main

__all__ = ["cli", "main"]
