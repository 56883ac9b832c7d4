"""The entity stage: ``extract_entities(doc)``, a parsed spaCy Doc in, entity records out.

It repairs the small model's usual slips around titles (the NER often tags "Defense Lloyd
Austin" as an organisation, or "Gantz" as ORG), then:

1. finds titles and the names after them ("Secretary of State Antony Blinken")
   (:mod:`.titles`, :mod:`.mentions`), and repairs the model's label slips by the lexicons ("Sri Lanka" tagged PERSON, "Erdogan"
   tagged GPE, "Fox News’ Megyn Kelly" as one organisation) (:mod:`.relabel`, :mod:`.possessives`);
2. clusters person names: full name, surname, title + surname, and a first name used as
   if it were a surname ("Secretary Lloyd" joins Lloyd Austin) (:mod:`.resolution`);
3. resolves descriptions ("the Israeli Defense Minister", "the top US defense leader")
   where one candidate fits, or the nearest one in the same paragraph (:mod:`.resolution`);
4. groups organisations (acronyms in parentheses, known institutions), countries (by ISO
   code: "US" = "the United States" = "America"), and nationalities (:mod:`.groups`);
5. codes each entity as an actor: ISO3 country and PLOVER/CAMEO sector, with the reason
   for each part in ``actor.basis``, as of the article's date (:mod:`.actors`, :mod:`.dated`);
6. makes unnamed actors of the agent phrases left ("police", "a federal judge", "Israeli
   troops"): entities with ``named = False``, one per referent in the document (:mod:`.unnamed`).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..text import doc_text
from .actors import ActorContext, country_counts, other_actor, person_actor, place_names
from .country_names import countries_tagged_person
from .gazetteer_places import gazetteer_places
from .dated import article_day
from .groups import cluster_others, merge_same_key
from .known_orgs import known_organisations
from .index import EntityIndex, build_index, entity_record
from .mentions import find_mentions, sentence_index
from .posts import code_from_post, posts_after_names
from .bare_names import bare_short_form
from .business import business_context, merge_business_forms
from .employers import code_from_employer, employers_before_names
from .employers_after import code_from_employer_after, employers_after_names
from .residence import code_residence
from .appositive_nation import code_appositive_nationality
from .setting import code_setting
from .local_roles import code_local_roles
from .pronouns import gendered_subjects
from .names import outlets_tagged_person, shared_surnames
from .relabel import appositive_organisations, relabel_slips
from .speaking import transcript_labels, untagged_speakers
from .resolution import assign_roles, cluster_persons, link_surnames, resolve_descriptions, split_administrations
from .titles import find_titles
from .unnamed import unnamed_entities


def extract_entities(doc: Doc, published: Optional[str] = None) -> EntityIndex:
    """Find, resolve and code the entities of a parsed document.

    Args:
        doc: a Doc parsed by an English spaCy pipeline with ``ner`` and ``parser``.
        published: the article's publication date (ISO date or date-time), or None: actors
            are coded as of that day (a 2016 article's "Trump" is not yet a president); an
            invalid date counts as none.

    Returns:
        An :class:`EntityIndex`: entity records in order of first mention (ids ``e1``,
        ``e2``, ...) and a mention lookup for later stages.
    """
    text = doc_text(doc)
    sent_of = sentence_index(doc)
    titles = find_titles(doc)

    # mentions, then people
    persons, others = relabel_slips(*find_mentions(doc, titles, sent_of))
    persons, others = countries_tagged_person(doc, persons, others)  # "Chad closed its border"
    persons, others = gazetteer_places(doc, persons, others, sent_of)  # "the town of Gjilan" tagged PERSON
    persons, others = known_organisations(doc, persons, others, sent_of)  # "Islamic State claimed": only "Islamic" tagged
    persons, others = outlets_tagged_person(doc, persons, others)  # "told Bloomberg" tagged PERSON
    persons, others = untagged_speakers(doc, persons, others, sent_of)  # "Scott Conroy asked": names that speak
    persons, others = transcript_labels(doc, persons, others, sent_of)  # "JAKE TAPPER:", "TAPPER:"
    persons, others = appositive_organisations(doc, persons, others, sent_of)  # "Crowdpac, a site that ..."
    shared_surnames(text, persons)  # "Khizr and Ghazala Khan": Khizr Khan
    clusters = cluster_persons(persons, gendered_subjects(doc, sent_of, text))
    others, by_word = link_surnames(doc, clusters, others, sent_of)
    clusters, others, admin_clusters = split_administrations(text, clusters, others, by_word)
    assign_roles(doc, clusters)
    resolve_descriptions(doc, text, titles, clusters, sent_of)

    # organisations, places, nationalities
    other_clusters = merge_business_forms(merge_same_key(cluster_others(others, text) + admin_clusters))

    # actor coding: people first (a government named after a person takes their country)
    sent_countries, doc_countries = country_counts(other_clusters)
    ctx = ActorContext(sent_countries, doc_countries, person_actor={}, published=article_day(published), doc=doc,
                       places=place_names(other_clusters))
    entities = []
    posts = posts_after_names(text, clusters, other_clusters)  # "Kenzo Oshima, the UN Emergency Relief Coordinator"
    employers = employers_before_names(text, clusters, other_clusters)  # "CNN's Dana Bash"
    employers_after = employers_after_names(text, clusters, other_clusters)  # "X, chairman of Fox Networks Group"
    for c in clusters:
        actor = person_actor(c, ctx)
        if id(c) in posts:
            code_from_post(actor, posts[id(c)])
        if id(c) in employers:
            code_from_employer(actor, employers[id(c)], lambda oc: other_actor(oc, ctx))
        if id(c) in employers_after:
            code_from_employer_after(actor, employers_after[id(c)],
                                     lambda oc: business_context(other_actor(oc, ctx), oc, text))
        code_residence(actor, c, ctx)  # "Jane Roe, 32, of Gainesville, Fla.": where she is from
        code_local_roles(actor, c, ctx, clusters)  # "a Tulsa police officer, X", "Army Capt. X", "X, an Iowa Republican operative"
        code_appositive_nationality(actor, c, ctx)  # "Alan Roe, an American contractor"
        actor.basis.extend(f"surname linking: {note}" for note in c.notes)
        ctx.person_actor[id(c)] = actor
    # last, once every person's own words are read: a private person in a story set in one country
    code_setting([(c, ctx.person_actor[id(c)]) for c in clusters], ctx)
    entities += [(c.start, entity_record(c, "PERSON", ctx.person_actor[id(c)])) for c in clusters]
    for oc in other_clusters:
        actor = bare_short_form(business_context(other_actor(oc, ctx), oc, text), oc, text)  # "State": the State Department
        entities.append((oc.start, entity_record(oc, oc.label, actor)))
    # unnamed actors ("police", "a federal judge"): phrases no named mention covers
    entities += unnamed_entities(doc, text, sent_of, [e for _, e in entities])
    return build_index(entities)
