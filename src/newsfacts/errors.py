"""newsfacts errors. Each has a code (NF1xx) that users can search for and tests can match.

Exception tree::

    NewsfactsError
     └── InputError        the input can't be read as text (missing, directory, binary, not UTF-8, too large)
"""

from __future__ import annotations


class NewsfactsError(Exception):
    code = "NF000"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code

    def __str__(self) -> str:  # one line, with the code
        return f"[{self.code}] {self.args[0]}"


class InputError(NewsfactsError):
    code = "NF100"


# Codes used by InputError, in one place.
E_MISSING = "NF101"
E_DIRECTORY = "NF102"
E_BINARY = "NF103"
E_ENCODING = "NF104"
E_TOO_LARGE = "NF105"
E_UNREADABLE = "NF106"

# Evaluation and trained models (`newsfacts eval ...`, `newsfacts train ...`): NF4xx.
# (NF3xx are the store's: store/duckdb.py; NF5xx the web app's; NF8xx Spark's.)
E_EVAL_DATA = "NF401"  # the gold-data folder given is not in the expected layout
E_QUOTES_MODEL = "NF402"  # --quotes-model / NEWSFACTS_QUOTES_MODEL is not a trained quote model
