"""A foreign nationality said of a person in the sentence after their mention: no setting.

"... the network's anchor Ilia Roe reacted with a letter. The Afro-Colombian journalist
expressed concern ...": the article's setting (:mod:`.setting`) would code her as its country,
yet the text says she is Colombian. The sentence after a mention of the person whose subject is
a definite description "the <nationality> <noun>" (the nationality's last part after a hyphen,
"Afro-Colombian", or its first part before "-born", "Mexican-born") naming another country than
the setting's, with no other person named before it in that sentence and the person the last one
named in the sentence before (not "Michelle Roe" earlier in it), refers back to the person
and blocks the setting. The country is not given (the description may be an ancestry, not a
citizenship): the person is left with none.
"""

from __future__ import annotations

from typing import Any, Optional

from ...lexicons import countries
from ..text import sentences

_SUBJECTS = ("nsubj", "nsubjpass")
#: Switch (tests and measurement): False leaves the guard out.
ENABLED = True


def nation_word(word: str) -> Optional[str]:
    """The country of a nationality word, its last part after a hyphen ("Afro-Colombian") or its
    first part before "-born" ("Mexican-born")."""
    found = countries.demonym_country(word)
    if found is None and "-" in word:
        parts = word.split("-")
        found = countries.demonym_country(parts[0] if parts[-1].lower() == "born" else parts[-1])
    return found


def described_foreign(c: Any, ctx: Any, main: str) -> Optional[str]:
    """The other country a description in the sentence after a mention of ``c`` gives them
    (module rules), or None."""
    if not ENABLED or ctx.doc is None:
        return None
    sents = sentences(ctx.doc)
    for k in sorted({m.sent + 1 for m in c.mentions}):
        if k >= len(sents) or not _last_named(c, sents[k - 1]):
            continue
        for tok in sents[k]:
            if tok.ent_type_ == "PERSON":
                break  # another person named first: the description may be theirs
            if tok.dep_ not in _SUBJECTS or tok.pos_ != "NOUN":
                continue
            if not any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children):
                break
            for d in tok.children:
                code = nation_word(d.text) if d.dep_ in ("amod", "compound", "nmod") and d.i < tok.i else None
                if code is not None and code != main:
                    return code
            break  # the first subject only
    return None


def _last_named(c: Any, sent: Any) -> bool:
    """Whether the last person the model tagged in ``sent`` is a mention of ``c``."""
    last = next((t for t in reversed(sent) if t.ent_type_ == "PERSON"), None)
    return last is not None and any(m.start <= last.idx < m.end for m in c.mentions)
