"""``python -m newsfacts.spark INPUT... OUTPUT``, and the driver script for ``spark-submit``.

``spark-submit .../newsfacts/spark/__main__.py INPUT... OUTPUT`` runs this file as a script:
it imports the job from the package (``newsfacts.spark.entry``), so Spark pickles the
job's functions by reference and the executors import them from the package. Absolute
imports only: as a script, this file has no package.
"""

import sys

try:
    import pyspark  # noqa: F401
except ImportError:  # pragma: no cover - exercised in a subprocess test
    from newsfacts.spark import INSTALL_HINT

    sys.stderr.write(INSTALL_HINT + "\n")
    sys.exit(2)

from newsfacts.spark.entry import main

if __name__ == "__main__":
    sys.exit(main())
