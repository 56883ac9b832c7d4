"""The word lists of the quote rules, loaded once from ``newsfacts/lexicons``.

- ``reporting_verbs.tsv``: the verbs that introduce what someone said, and their class.
- ``quote_verbs.tsv``, ``quote_nouns.tsv``, ``quote_words.tsv``: words a rule treats
  specially, each file a word per line with the names of the lists it is on (the file's
  header says what each list is for).
- ``quote_headlines.tsv``: what before a headline's colon names a speaker.
- ``quote_adjectives.tsv``: stance adjectives after a copula ("critical of") and what may follow each.
- ``quote_patterns.tsv``: the words inside the rules' regular expressions, in order.

The sets are used for membership only, so their order in the file does not matter; the
pattern lists keep the file's order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicons


@lru_cache(maxsize=None)
def reporting_verbs() -> dict[str, str]:
    """Reporting verb lemma -> class (speech, writing, cognition, evaluation, stance, evidence)."""
    return {r[0].lower(): (r[1] if len(r) > 1 else "speech") for r in lexicons.rows("reporting_verbs.tsv")}


def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The lists of a ``word<TAB>list,list`` lexicon file: list name -> its words."""
    out: dict[str, set[str]] = {}
    for word, lists in lexicons.rows(name):
        for key in lists.split(","):
            out.setdefault(key.strip(), set()).add(word)
    return {key: frozenset(words) for key, words in out.items()}


_VERBS = word_lists("quote_verbs.tsv")
NEEDS_CLAUSE = _VERBS["needs_clause"]
QUOTED_AS = _VERBS["quoted_as"]
SECOND_CUES = _VERBS["second_cue"]
PARTICIPLE_CUES = _VERBS["participle_cue"]
RAISING_VERBS = _VERBS["raising"]
AS_VERBS = _VERBS["as_complement"]
FOR_CLAUSE_VERBS = _VERBS["for_clause"]
CONSEQUENCE_VERBS = _VERBS["consequence"]
#: cues whose topic follows "at" ("hinted at a run"; not "spoke at the rally")
AT_TOPIC_VERBS = _VERBS["at_topic"]
#: Three addressee lists, kept apart because they differ in meaning (and merging them
#: changes the records): a quote after the object is the content ('told reporters, "..."');
#: the clause or infinitive is the content ("urged them to act": adds "urge"); the direct
#: object is the addressee, never the content ("thanked the voters": adds "thank", "call").
ADDRESSEE_QUOTE_VERBS = _VERBS["addressee_quote"]
ADDRESSEE_CLAUSE_VERBS = _VERBS["addressee_clause"]
ADDRESSEE_OBJECT_VERBS = _VERBS["addressee_object"]
ADDRESSEE_TO_VERBS = _VERBS["addressee_to"]
DELIVER_VERBS = _VERBS["deliver"]
ASKED_ABOUT = _VERBS["asked_about"]
ASK_IF_VERBS = _VERBS["ask_if"]
ISSUE_VERBS = _VERBS["issue"]
CITE_VERBS = _VERBS["cite"] | ISSUE_VERBS
PHRASAL_CUES = _VERBS["phrasal"]
PHRASAL_OBJECT_CUES = _VERBS["phrasal_object"]
ADDRESSEE_PREP_CUES = _VERBS["addressee_prep"]
RECEPTION_VERBS = _VERBS["reception"]
RECEPTION_UNDER_VERBS = _VERBS["reception_under"]

_NOUNS = word_lists("quote_nouns.tsv")
FINDING_NOUNS = _NOUNS["finding"]
DOC_NOUNS = _NOUNS["document"]
POLL_NOUNS = _NOUNS["poll"]
#: heads of a source that is made by someone (a statement, a report, a poll): its maker speaks
MADE_NOUNS = FINDING_NOUNS | DOC_NOUNS | POLL_NOUNS
NOT_TOPICS = _NOUNS["not_topic"]
MEDIUM_NOUNS = _NOUNS["medium"]
OCCASION_NOUNS = _NOUNS["occasion"]
STATEMENT_NOUNS = _NOUNS["statement"]
INTENT_NOUNS = _NOUNS["intent"]
TOPIC_NOUNS = _NOUNS["topic"]
SHARE_NOUNS = _NOUNS["share"]
RECEIVED_NOUNS = _NOUNS["received"]
IN_OF_NOUNS = _NOUNS["in_of"]
AGENT_OF_NOUNS = _NOUNS["agent_of"]
#: light verb -> the nouns that make a cue with it as its object ("made the case", "took a swipe")
LIGHT_NOUNS = {key.removeprefix("light_"): words for key, words in _NOUNS.items() if key.startswith("light_")}

#: stance adjective -> what may follow it: "that" (a clause), "clause" (one without "that"),
#: "to" (an infinitive) or the prepositions of its topic
STANCE_ADJECTIVES = {r[0].lower(): frozenset(x.strip() for x in r[1].split(",")) for r in lexicons.rows("quote_adjectives.tsv")}
#: what may follow any predicate adjective (the file's "*" row): "Roe is worried that ..."
ANY_ADJECTIVE = STANCE_ADJECTIVES.pop("*", frozenset())

_WORDS = word_lists("quote_words.tsv")
LEAD_ADVERBS = _WORDS["lead_adverb"]
NO_SOURCE = _WORDS["not_source"]
TITLE_AUX = _WORDS["title_aux"]
TITLE_PREPS = _WORDS["title_prep"]
TOPIC_PREPS = _WORDS["topic_prep"]

_HEADLINES = word_lists("quote_headlines.tsv")
HEADLINE_SOURCE_TYPES = _HEADLINES["source_type"]
NOT_SPEAKERS = _HEADLINES["not_speaker"]
HEADLINE_FINDINGS = _HEADLINES["finding"]
#: transcript labels of an interviewer's question ("Q:") and of the answer ("A:"), in capitals
QUESTION_LABELS = _HEADLINES["question_label"]
ANSWER_LABELS = _HEADLINES["answer_label"]


def pattern_words(name: str) -> tuple[str, ...]:
    """The words of list ``name`` of ``quote_patterns.tsv``, in file order."""
    return tuple(word for word, key in lexicons.rows("quote_patterns.tsv") if key == name)


def alternation(name: str) -> str:
    """The words of pattern list ``name`` as a regular expression alternation (``A|B|C``)."""
    return "|".join(re.escape(word) for word in pattern_words(name))
