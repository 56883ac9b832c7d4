"""Every newsfacts error: the exception tree and every code, in one place.

Each error has a code (``NFnnn``) that users can search for and tests can match; the
message is one line, ``[NFnnn] what went wrong``.

Exception tree::

    NewsfactsError          NF000, and any code below
     ├── InputError         NF1xx: the input can't be read as text (missing, directory,
     │                      binary, not UTF-8, too large)
     ├── StoreError         NF3xx: the DuckDB store (open, locked, read-only SQL, writes)
     └── WebError           NF5xx: a request the web app can't serve (carries an HTTP status)

Code ranges:

- NF1xx input, NF2xx models, NF3xx store and corpus, NF4xx evaluation and training,
  NF5xx web, NF8xx Spark.
"""

from __future__ import annotations


class NewsfactsError(Exception):
    """The base of every newsfacts error; ``code`` is its NFnnn code."""

    code = "NF000"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code

    def __str__(self) -> str:  # one line, with the code
        return f"[{self.code}] {self.args[0]}"


class InputError(NewsfactsError):
    """An input that can't be read as text."""

    code = "NF100"


class StoreError(NewsfactsError):
    """The store can't do what was asked."""

    code = "NF300"


class WebError(NewsfactsError):
    """A request the web app can't serve; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, *, code: str, status: int = 400):
        super().__init__(message, code=code)
        self.status = status


# NF1xx: input (InputError).
E_MISSING = "NF101"  # no such file or folder
E_DIRECTORY = "NF102"  # a folder where a file was expected
E_BINARY = "NF103"  # binary data, not text
E_ENCODING = "NF104"  # not UTF-8
E_TOO_LARGE = "NF105"  # longer than the length limit: split it into articles
E_UNREADABLE = "NF106"  # the file can't be read (permissions, I/O)
E_NO_ARTICLE = "NF107"  # an HTML page from which no article text could be extracted
E_METADATA = "NF108"  # a --metadata table that can't be read or has a bad row
E_TOO_MANY_TOKENS = "NF109"  # more tokens than one document's parse may take (pipeline.MAX_TOKENS)
E_BAD_REFERENCE = "NF110"  # a --reference table of figures that can't be read or has a bad row

# NF2xx: models.
E_MODEL = "NF201"  # the spaCy model is not installed

# NF3xx: the store (StoreError) and the corpus commands.
E_OPEN = "NF301"  # the store can't be opened
E_LOCKED = "NF302"  # another process holds the store for writing
E_READ_ONLY = "NF303"  # a write or DDL statement given to the read-only SQL helper
E_SQL = "NF304"  # SQL (or a query option) that fails
E_NO_STORE = "NF305"  # no store at that path
E_EXPORT_FORMAT = "NF306"  # an unknown export format
E_WORKER_DIED = "NF307"  # an ingest worker process died (out of memory, or killed)
E_WRITE = "NF308"  # a write failed (disk full, file size limit, I/O error): the batch is rolled back
E_EXISTS = "NF309"  # an export target that exists already (give --force to replace it)
E_FILTER = "NF310"  # a query filter outside its vocabulary (an unknown country, sector or event type)

# NF4xx: evaluation and trained models (`newsfacts eval ...`, `newsfacts train ...`).
E_EVAL_DATA = "NF401"  # the gold-data folder given is not in the expected layout
E_QUOTES_MODEL = "NF402"  # --quotes-model is not a trained quote model

# NF5xx: the web app (WebError; a missing or busy store answers with NF305 / NF302).
E_BAD_PARAM = "NF503"  # a query parameter out of its vocabulary or form
E_EMPTY_INPUT = "NF504"  # no text to analyse
E_NOT_FOUND = "NF505"  # no such document, entity or actor

# NF8xx: Spark.
E_NO_SPARK = "NF801"  # the 'spark' extra is not installed
E_NO_JAVA = "NF802"  # no Java 17+ runtime
E_BAD_INPUT = "NF803"  # an input path Spark can't read
E_OUTPUT = "NF804"  # the output folder can't be written
E_SPARK_FAILED = "NF805"  # the Spark job failed
E_NO_PARQUET = "NF806"  # the folder holds none of the tables
