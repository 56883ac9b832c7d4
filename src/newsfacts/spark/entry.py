"""The Spark face's entry point: the session, the environment, the command line.

The only module of :mod:`newsfacts.spark` that reads the environment (``JAVA_HOME``,
``PYSPARK_PYTHON``). ``python -m newsfacts.spark`` and
``spark-submit .../newsfacts/spark/__main__.py`` run :func:`main`.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any, Optional

from newsfacts.errors import E_NO_JAVA, NewsfactsError

from .job import run

def ensure_java() -> str:
    """The Java executable Spark will use; raise a clear error when there is none."""
    home = os.environ.get("JAVA_HOME")
    if home and os.path.exists(os.path.join(home, "bin", "java")):
        return os.path.join(home, "bin", "java")
    found = shutil.which("java")
    if found:
        return found
    raise NewsfactsError(
        "Spark needs a Java runtime (17 or newer) and none was found on PATH or in JAVA_HOME: "
        "install one, e.g. `sudo apt-get install default-jre-headless` (or run scripts/ensure-java.sh)",
        code=E_NO_JAVA,
    )


def active_session():
    """The SparkSession already running in this process, or None."""
    from pyspark.sql import SparkSession

    return SparkSession.getActiveSession()


#: The PySpark worker daemon that preloads the pipeline (``spark.python.daemon.module``).
DAEMON_MODULE = "newsfacts.spark.daemon"


def workers_import_newsfacts() -> bool:
    """Whether Python workers started by a local Spark can import this newsfacts package
    (they run this interpreter, and find the package installed, editable-installed or on
    ``PYTHONPATH``), not only this driver process. Asks the worker interpreter itself,
    from a neutral folder, where ``newsfacts`` is (without importing it)."""
    import subprocess
    import tempfile

    worker_python = os.environ.get("PYSPARK_PYTHON") or sys.executable
    if os.path.realpath(shutil.which(worker_python) or worker_python) != os.path.realpath(sys.executable):
        return False
    here = os.path.realpath(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the newsfacts package folder
    if not os.path.isdir(here):  # imported from a zip shipped with --py-files: only tasks see it
        return False
    probe = "import importlib.util as u, os; s = u.find_spec('newsfacts'); print(os.path.realpath(os.path.dirname(s.origin)) if s and s.origin else '')"
    with tempfile.TemporaryDirectory() as neutral:
        try:
            found = subprocess.run(
                [sys.executable, "-c", probe], cwd=neutral, capture_output=True, text=True, timeout=60
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return False
    return found == here


def local_conf() -> dict[str, str]:
    """Spark settings for local mode: Python workers forked from a daemon that has already
    loaded the pipeline (:mod:`newsfacts.spark.daemon`), when the workers can import it."""
    return {"spark.python.daemon.module": DAEMON_MODULE} if workers_import_newsfacts() else {}


def session(master: Optional[str] = None, app_name: str = "newsfacts"):
    """Get the active SparkSession, or start one (``master`` defaults to Spark's own
    configuration, e.g. from spark-submit, else ``local[*]``)."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    ensure_java()
    from pyspark import SparkConf

    conf_master = master or SparkConf().get("spark.master", "local[*]")
    if conf_master.startswith("local") and "PYSPARK_PYTHON" not in os.environ:
        # local mode: the Python workers run this interpreter (with newsfacts and spaCy)
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false").config("spark.log.level", "ERROR")
    if master:
        builder = builder.master(master)
    if conf_master.startswith("local") and not SparkConf().contains("spark.python.daemon.module"):
        for key, value in local_conf().items():
            builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def summary_lines(summary: dict[str, Any]) -> list[str]:
    """The run summary as a few human-readable lines."""
    rej = summary["rejected"]
    lines = [
        f"processed {summary['documents']:,} documents in {summary['seconds']}s "
        f"({summary['partitions']} partitions); skipped {summary['duplicates_skipped']:,} duplicates; "
        f"rejected {sum(rej.values()):,}" + (" (" + ", ".join(f"{k}: {v:,}" for k, v in rej.items()) + ")" if rej else ""),
        "rows: " + ", ".join(f"{t} {n:,}" for t, n in summary["rows"].items()),
        *(["not articles: " + ", ".join(f"{k} {v:,}" for k, v in summary["skipped"].items())] if summary.get("skipped") else []),
        *(["time (s): " + ", ".join(f"{k} {v}" for k, v in summary["phases"].items())] if summary.get("phases") else []),
        f"output: {summary['output']}/<table>/*.parquet",
    ]
    return lines


def main(argv: Optional[list[str]] = None) -> int:
    """``python -m newsfacts.spark`` / ``spark-submit .../newsfacts/spark/__main__.py``: INPUT... OUTPUT."""
    import argparse

    ap = argparse.ArgumentParser(prog="newsfacts.spark", description="Run newsfacts over a corpus on Apache Spark.")
    ap.add_argument("inputs", nargs="+", metavar="INPUT", help="JSON Lines, CSV, WARC, .txt/.html or Parquet paths/URIs")
    ap.add_argument("output", metavar="OUTPUT", help="output folder: one Parquet dataset per table")
    ap.add_argument("--published-field", default="published")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--format", dest="input_format", choices=("auto", "parquet", "files"), default="auto")
    ap.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    ap.add_argument("--overwrite", action="store_true", help="replace the tables of an OUTPUT folder that is not empty")
    args = ap.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        ap.error("--partitions must be at least 1")
    try:
        spark = session(args.master)
        summary = run(spark, args.inputs, args.output, published_field=args.published_field,
                      text_field=args.text_field, partitions=args.partitions, input_format=args.input_format,
                      overwrite=args.overwrite)
    except NewsfactsError as exc:
        sys.stderr.write(f"newsfacts: {exc}\n")
        return 2
    for line in summary_lines(summary):
        print(line)
    return 0

