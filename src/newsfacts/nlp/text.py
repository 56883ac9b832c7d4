"""Text-level helpers every stage shares: the Doc's text read once, the tokenizer's quote
infixes, chunking of long texts, and the cheap English check.

- :func:`doc_text`: ``Doc.text`` computed once per document; :func:`sentences`: its sentences, once.
- :func:`add_quote_infixes`: split ``said,"Look`` into ``said`` ``,`` ``"`` ``Look``.
- :func:`chunk_bounds` / :func:`run_bounds`: parse-sized pieces that concatenate back to the text;
  pieces are bounded by :func:`~newsfacts.nlp.tokens.token_estimate` too (the parse's memory).
- :func:`english_share` / :func:`looks_english`: the share of English function words;
  :func:`document_language`: the document's language (function words, then py3langid).
- :func:`looks_like_markup`: a "text" that is really a web page.
"""

from __future__ import annotations

import functools
import re
import weakref
from functools import lru_cache
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .tokens import token_estimate


# --- Per-document values read once per document.
#
# spaCy rebuilds ``Doc.text`` by joining every token's text on each access, and walks every token
# for ``doc.sents``; every stage needs both. :func:`last_doc` keeps such a value for the last
# document (behind a weak reference to the Doc, so a finished document is never kept alive).


def last_doc(f):
    """``f(doc)``, computed once per Doc: the answer for the most recent Doc asked about, held
    with a weak reference to it (a finished document is never kept alive)."""
    last: list = [(lambda: None, None)]

    @functools.wraps(f)
    def cached(doc):
        ref, value = last[0]  # (one read: a thread on another Doc swaps the pair, never half of it)
        if ref() is doc:
            return value
        value = f(doc)
        last[0] = (weakref.ref(doc), value)
        return value

    return cached


@last_doc
def doc_text(doc) -> str:
    """``doc.text``, computed once per Doc (the most recent Doc asked about)."""
    return doc.text


@last_doc
def sentences(doc) -> tuple:
    """``tuple(doc.sents)``, computed once per Doc (the most recent Doc asked about): spaCy
    walks every token to find the sentence starts on each ``doc.sents``, and every stage
    needs the sentences."""
    return tuple(doc.sents)


@last_doc
def token_table(doc) -> tuple:
    """``(words, sent_starts, ent_types)`` of ``doc`` from the Doc's arrays, without making a
    ``Token`` per word: each token's text, whether it starts a sentence
    (``Token.is_sent_start``), and whether the model tagged it (``bool(Token.ent_type_)``). For
    whole-document scans that look at most tokens only to skip them."""
    from spacy.attrs import ENT_TYPE, IDX, LENGTH, SENT_START

    text = doc_text(doc)
    rows = doc.to_array([IDX, LENGTH, SENT_START, ENT_TYPE]).tolist()
    words = [text[i:i + n] for i, n, _, _ in rows]
    starts = [s == 1 for _, _, s, _ in rows]
    if starts:
        starts[0] = True
    tagged = [e != 0 for _, _, _, e in rows]
    return (words, starts, tagged)


# --- Tokenizer additions for newsfacts' spaCy pipeline.
#
# spaCy splits a word from a quote mark only at a space or at the edges of a
# whitespace-separated chunk, so ``said,"Look`` (no space after the comma, common in
# copied web text) stays one token: the reporting verb is lost to the parser and the
# quote goes unattributed. :func:`add_quote_infixes` adds two infix patterns, a quote
# mark after a word's closing punctuation and that punctuation before the mark, so the
# chunk becomes ``said`` ``,`` ``"`` ``Look``. Tokens keep their character offsets (the
# tokenizer never changes the text).
_MARKS = "\"\u201c\u201d"
#: a quote mark between a word's closing punctuation and a letter ('said,"Look', 'end."Next'),
#: and that punctuation itself when a quote mark and a letter follow
QUOTE_INFIXES = (
    rf"(?<=\w\w[,.:;!?])[{_MARKS}](?=[^\W\d_])",
    rf"(?<=\w\w)[,.:;!?](?=[{_MARKS}][^\W\d_])",
)


def add_quote_infixes(nlp) -> None:
    """Add :data:`QUOTE_INFIXES` to ``nlp``'s tokenizer (idempotent)."""

    finditer = nlp.tokenizer.infix_finditer
    pattern = finditer.__self__.pattern if finditer is not None else ""
    extra = "|".join(QUOTE_INFIXES)
    if extra in pattern:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{extra}" if pattern else extra).finditer


# --- Split long texts into parse-sized chunks at paragraph or sentence boundaries.
#
# The chunks concatenate back to the exact original text, so a Doc rebuilt with
# ``Doc.from_docs(..., ensure_whitespace=False)`` has the original offsets. The parse costs
# ~17 KB per token while a piece is parsed (measured: 33,333 tokens of "He said. " in one
# piece took 557 MB), so pieces are bounded by tokens as well as characters: prose has
# ~5 characters a token, but a run of quote marks has one, and "He said. " three.
#: Texts up to this many characters are parsed in one piece (unless over CHUNK_TOKENS).
CHUNK_CHARS = 100_000
#: No piece holds more than this many tokens (by :func:`token_estimate`): ~510 MB of parse
#: at most. Prose reaches it at ~150,000 characters, so a normal text's pieces are cut by
#: CHUNK_CHARS as before; only token-dense text is cut finer.
CHUNK_TOKENS = 30_000

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'\u201d\u2019)]?\s+"), re.compile(r"\s+"))


def chunk_bounds(text: str, max_chars: int = CHUNK_CHARS, max_tokens: int = CHUNK_TOKENS) -> list[tuple[int, int]]:
    """Boundaries ``[(start, end), ...]`` covering ``text`` exactly, each at most
    ``max_chars`` long and about ``max_tokens`` tokens (:func:`token_estimate`), cut at the
    strongest break (paragraph, line, sentence end, space) found in the second half of the
    window; a hard cut only when there is none. A piece over ``max_tokens`` is cut again
    with a window narrowed by its density (``max_tokens=0``: characters only)."""
    out = []
    for s, e in _char_bounds(text, max_chars):
        n = token_estimate(text[s:e]) if max_tokens and e - s > max_tokens else 0
        if n <= max_tokens or e - s < 2:
            out.append((s, e))
            continue
        width = max(1, (e - s) * max_tokens // n)
        out.extend((s + a, s + b) for a, b in chunk_bounds(text[s:e], width, max_tokens))
    return out


def _char_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """:func:`chunk_bounds` by characters only."""
    n = len(text)
    if n <= max_chars:
        return [(0, n)]
    out = []
    start = 0
    while start < n:
        end = min(start + max_chars, n)
        if end < n:
            cut = None
            lo = start + max_chars // 2
            window = text[lo:end]
            for pat in _BREAKS:
                last = None
                for m in pat.finditer(window):
                    last = m
                if last is not None:
                    cut = lo + last.end()
                    break
            end = cut if cut and cut > start else end
        out.append((start, end))
        start = end
    return out


#: Runs of non-space characters longer than this are tokenized in pieces of this length:
#: spaCy's tokenizer strips prefixes one at a time, so a run like "((((...((" of n characters
#: costs O(n^2) (20,000 of them took ~50 s). Real words and URLs are far shorter.
LONG_RUN = 500

_LONG_RUN_RE = re.compile(r"\S{%d,}" % (LONG_RUN + 1))


def run_bounds(text: str, max_run: int = LONG_RUN) -> list[tuple[int, int]]:
    """Boundaries covering ``text`` exactly, cut only inside runs of non-space characters
    longer than ``max_run`` (every ``max_run`` characters); ``[(0, len(text))]`` when there
    is no such run."""
    cuts = []
    pat = _LONG_RUN_RE if max_run == LONG_RUN else re.compile(r"\S{%d,}" % (max_run + 1))
    for m in pat.finditer(text):
        cuts.extend(range(m.start() + max_run, m.end(), max_run))
    edges = [0] + cuts + [len(text)]
    return list(zip(edges[:-1], edges[1:]))


# --- A cheap English check on the parsed Doc: the share of English function words.
#
# News prose in English has 35-50% stop words among its alphabetic tokens; other
# languages written in Latin script rarely pass 10%, other scripts have none. We use
# spaCy's own English stop-word list, so no extra model is loaded.
MIN_WORDS = 20
MIN_STOP_SHARE = 0.15


def english_share(doc: Doc) -> tuple[float, int]:
    """(share of alphabetic tokens that are English stop words, number of alphabetic tokens)."""
    n = stop = 0
    for tok in doc:
        if tok.is_alpha:
            n += 1
            if tok.lower_ in STOP_WORDS:
                stop += 1
    return (stop / n if n else 0.0), n


def looks_english(doc: Doc) -> bool | None:
    """True/False, or None when the text is too short to tell."""
    share, n = english_share(doc)
    if n < MIN_WORDS:
        return None
    return share >= MIN_STOP_SHARE


# --- Markup: a "text" that is really a web page
#
# A page given as text parses its tags as words ('li class="facebook"><a' as entities). The
# record then says so in a ``markup`` warning; `extract --format html` reads the article instead.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
#: A text is markup when it has at least this many tags and they fill this share of it.
MARKUP_MIN_TAGS = 10
MARKUP_MIN_SHARE = 0.2


def markup_share(text: str) -> tuple[float, int]:
    """(share of the text's characters inside tags, number of tags)."""
    tags = _TAG.findall(text)
    return (sum(map(len, tags)) / len(text) if text else 0.0), len(tags)


def looks_like_markup(text: str) -> bool:
    """True when tags are many and fill a large share of the text (see :data:`MARKUP_MIN_SHARE`)."""
    share, n = markup_share(text)
    return n >= MARKUP_MIN_TAGS and share >= MARKUP_MIN_SHARE


# --- Which language: English function words first, then a language identifier
#
# An English news text has 35-50% English stop words: that settles most documents at no cost.
# For the rest (too few words to count, another script, or too few English function words),
# py3langid (BSD licence; its model ships in the wheel, loaded once, on first need: ~0.4 s)
# names the language.
#: The identifier's probability needed to name a language when the stop words can't tell.
LANGID_MIN_PROB = 0.7
#: Texts with fewer non-space characters than this are too short to tell.
LANGID_MIN_CHARS = 20


@lru_cache(maxsize=1)
def language_identifier():
    """py3langid's identifier with normalised probabilities (loaded once, on first need)."""
    import py3langid.langid as langid

    return langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of ``text`` by py3langid."""
    code, prob = language_identifier().classify(text[:20_000])
    return code, float(prob)


def document_language(doc: Doc, text: str) -> tuple[Optional[str], Optional[str]]:
    """(language code or None when too short to tell, a reason when it is not English).

    English when 20+ words have 15%+ English function words; otherwise the identifier's
    language when it is sure enough (:data:`LANGID_MIN_PROB`); a text of 20+ words with
    few English function words is never called English.
    """
    share, n_words = english_share(doc)
    if n_words >= MIN_WORDS and share >= MIN_STOP_SHARE:
        return "en", None
    if len("".join(text.split())) < LANGID_MIN_CHARS:
        return None, None
    code, prob = identify_language(text)
    if n_words >= MIN_WORDS:  # many words, few English function words: not English, whatever else
        name = f"'{code}' by its characters ({prob:.0%})" if code != "en" else "not identified"
        return (code if code != "en" else "und"), f"{share:.0%} English function words; language {name}"
    if prob < LANGID_MIN_PROB:
        return None, None
    if code == "en":
        return "en", None
    return code, f"language '{code}' by its characters ({prob:.0%})"
