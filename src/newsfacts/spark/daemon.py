"""PySpark's worker daemon, with the newsfacts pipeline loaded before it forks workers.

Spark starts Python workers by forking them from one daemon process per executor
(``pyspark.daemon``). Set ``spark.python.daemon.module=newsfacts.spark.daemon`` and the
daemon first loads the spaCy pipeline (:func:`newsfacts.pipeline.build_nlp`) and runs one
short text through every stage, so lazily loaded lexicons and gazetteers are in memory
too. Every worker it forks then starts with the model already loaded and shared
copy-on-write, as ``newsfacts ingest --workers N`` does with its process pool: no task
pays a model load, whichever worker it lands on, and an executor holds one copy of the
model instead of one per core.

If the model cannot be loaded here, the daemon starts anyway and each worker loads the
model itself when its first task needs it (the error, if any, then fails that task
with its usual message).

The daemon talks to the JVM on its standard output, so nothing else may be written
there: the preload's output goes to standard error.
"""

from __future__ import annotations

import contextlib
import sys
import time


def preload() -> float:
    """Load the pipeline and warm every stage; return the seconds it took (0 on failure)."""
    t0 = time.perf_counter()
    try:
        with contextlib.redirect_stdout(sys.stderr):
            from newsfacts.pipeline import build_nlp, process

            nlp = build_nlp()
            list(process([("The Norwegian foreign minister met officials in Ottawa on Monday, the ministry said on 3 March 2024.", None)],
                         nlp=nlp))
    except Exception as exc:  # the workers will load it (and report the error) themselves
        sys.stderr.write(f"newsfacts.spark.daemon: could not preload the pipeline ({type(exc).__name__}: {exc})\n")
        return 0.0
    return time.perf_counter() - t0


if __name__ == "__main__":
    import gc

    from newsfacts.corpus.heap import keep_freed_heap

    preload()
    keep_freed_heap()  # inherited by every worker: no page faults from malloc giving memory back after every batch
    gc.freeze()  # keep the collector from touching (and so copying) the shared pages in every worker
    from pyspark.daemon import manager

    manager()
