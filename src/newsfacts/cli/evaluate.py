"""`newsfacts eval ...`: score newsfacts against public human-annotated data.

- ``eval quotes``: quote attribution against PolNeAR (``evaluation/polnear.py``);
- ``eval events``: PLOVER / ConfliBERT / PETRARCH-2 events and human agreement;
- ``eval places``: place resolution coverage on a folder of texts (``evaluation/places.py``);
- ``eval claims``: quantities, units and measured entities against MeasEval (``evaluation/measeval.py``).
"""

from __future__ import annotations

import contextlib
import json

import click

from ..errors import E_EVAL_DATA, E_UNREADABLE, InputError, NewsfactsError
from .options import build_nlp_from, json_option, quotes_model_options, reports_errors


def _pct(x: float) -> str:
    return f"{x:.3f}"


@click.group("eval")
def eval_group() -> None:
    """Score newsfacts against public human-annotated data (give the data folder's path)."""


# ---------------------------------------------------------------------------------------------
# eval quotes


def _open_per_article(path):
    """The ``--per-article`` file, opened before the long run so a bad path fails at once."""
    if not path:
        return contextlib.nullcontext()
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"can't write {path}: {exc.strerror}", code=E_UNREADABLE) from None


@click.command("quotes")
@click.option("--polnear", "folder", required=True, type=click.Path(file_okay=False), help="PolNeAR data folder (holding train/, dev/).")
@click.option("--split", default="dev", show_default=True, help="Split to score: train to develop on, dev for the reported number.")
@click.option("--limit", type=int, default=None, help="Score only the first N documents (by name).")
@click.option("--per-article", "per_article", type=click.Path(dir_okay=False), default=None, help="Write one JSON line per article (its scores) to this file.")
@json_option("Print the scores as JSON.")
@quotes_model_options
@reports_errors
def eval_quotes(folder, split, limit, per_article, as_json, quotes_model, quotes_mode):
    """Score quote attribution (Content, Source, Cue spans) against PolNeAR.

    Precision, recall and F1 with exact and overlap span matching, for all
    attributions and for those with quote marks; the end-to-end attribution
    F1 (content overlaps and source right, row "Attrib. e2e") and the share
    of predicted quotes without a speaker (see docs/accuracy.md).

    Example:

        newsfacts eval quotes --polnear ../shared/gold/polnear --split dev

        newsfacts eval quotes --polnear ../shared/gold/polnear --quotes-model models/quotes
    """
    from ..evaluation.polnear import evaluate, format_table

    with _open_per_article(per_article) as fh:
        if quotes_model and split == "train":
            click.echo("newsfacts: note: the quote model was trained on train: these scores do not measure it", err=True)
        try:
            result = evaluate(folder, split, limit=limit, nlp=build_nlp_from(quotes_model, quotes_mode))
        except FileNotFoundError as exc:
            raise NewsfactsError(str(exc), code=E_EVAL_DATA) from None
        if fh is not None:
            for row in result["per_article"]:
                fh.write(json.dumps(row) + "\n")
    if as_json:
        click.echo(json.dumps({k: v for k, v in result.items() if k != "per_article"}, indent=2))
    else:
        click.echo(format_table(result))


# ---------------------------------------------------------------------------------------------
# eval events


def _score_events(plover_dir, conflibert_dir, petrarch_dir, rounds_dir, split) -> dict:
    """Run every evaluation whose folder was given; ``{data set: result}``."""
    from pathlib import Path

    from ..evaluation import conflibert, petrarch, plover

    out: dict = {}
    if plover_dir:
        out["plover"] = plover.evaluate(plover_dir, split=split)
    if conflibert_dir:
        out["conflibert"] = conflibert.evaluate(conflibert_dir, split=split)
    if petrarch_dir:
        table = Path(plover_dir or "", "CAMEO2PLOVER-2021.txt") if plover_dir else None
        out["petrarch"] = petrarch.evaluate(petrarch_dir, cameo2plover=table if table and table.is_file() else None)
    if rounds_dir:
        out["human_agreement"] = conflibert.human_agreement(rounds_dir)
        out["rounds"] = conflibert.evaluate_rounds(rounds_dir, split=split)
    return out


def _print_plover(p: dict, split: str) -> None:
    click.echo(f"PLOVER GSR ({split}, {p['n']} sentences)")
    click.echo(f"  event type accuracy      {_pct(p['type']['accuracy'])}   macro-F1 {_pct(p['type']['macro_f1'])}")
    click.echo(f"  source country accuracy  {_pct(p['source_country_accuracy'])}")
    click.echo(f"  target country accuracy  {_pct(p['target_country_accuracy'])}")
    t = p["triple"]
    click.echo(f"  (type, source, target)   P {_pct(t['precision'])}  R {_pct(t['recall'])}  F1 {_pct(t['f1'])}")
    pairs = sorted(
        ((n, g, q) for g, row in p["confusion"].items() for q, n in row.items() if n and g != q), reverse=True
    )
    if pairs:
        click.echo("  most frequent confusions (gold -> predicted, '-' = no event): "
                   + ", ".join(f"{g}->{q} {n}" for n, g, q in pairs[:10]))
    click.echo("")


def _print_conflibert(c: dict, split: str) -> None:
    from ..evaluation import conflibert
    from ..evaluation.common import format_confusion

    pc = c["pentaclass"]
    click.echo(f"ConfliBERT CAMEO ({split}, {c['n']} sentences)")
    click.echo(f"  PentaClass accuracy {_pct(pc['accuracy'])}   macro-F1 {_pct(pc['macro_f1'])}")
    for lab, s in pc["per_label"].items():
        name = conflibert.CLASS_NAMES[lab]
        click.echo(f"    {lab} {name:<15} P {_pct(s['precision'])}  R {_pct(s['recall'])}  F1 {_pct(s['f1'])}  n {s['support']}")
    a = c["actor_spans"]
    click.echo(f"  actor spans ({a['sentences']} tagged sentences)  exact F1 {_pct(a['exact']['f1'])}   overlap F1 {_pct(a['overlap']['f1'])}")
    click.echo("  confusion (rows gold, columns predicted):")
    for line in format_confusion(c["confusion"], conflibert.CLASS_NAMES).splitlines():
        click.echo("    " + line)
    click.echo("")


def _print_petrarch(r: dict) -> None:
    f = r["event_found"]
    line = (f"PETRARCH-2 validation ({r['n']} sentences, all)  CAMEO root accuracy {_pct(r['root_accuracy'])}   "
            f"quad class accuracy {_pct(r['quad_accuracy'])}")
    if r["type_accuracy"] is not None:
        line += f"   PLOVER type accuracy {_pct(r['type_accuracy'])}"
    click.echo(line)
    click.echo(f"  event found: {f['tp']} right, {f['fp']} where none was expected, {f['fn']} missed")
    a = r.get("actors")
    if a:
        click.echo(f"  actor country of the main event ({a['n']} sentences with an expected coding): "
                   f"source {_pct(a['source_country_accuracy'])}, target {_pct(a['target_country_accuracy'])}")
    click.echo("")


def _print_agreement(h: dict) -> None:
    click.echo(f"Human coders, CAMEO annotation rounds: pairwise PentaClass agreement {_pct(h['pairwise'])} "
               f"({h['pairs']} pairs, {h['sentences']} sentences); "
               f"{_pct(h['pairwise_with_irrelevant_as_statement'])} counting 'not relevant' as statement")


def _print_rounds(r: dict, split: str) -> None:
    nr = r["not_relevant"]
    click.echo(f"CAMEO annotation rounds vs the coders' majority CAMEO root ({split}, {r['n']} sentences)")
    click.echo(f"  PLOVER type accuracy {_pct(r['type']['accuracy'])}   PentaClass accuracy {_pct(r['pentaclass']['accuracy'])}"
               f"   no event where most coders saw none {_pct(nr['no_event_rate'])} (n {nr['n']})")
    pairs = sorted(((n, g, q) for g, row in r["confusion"].items() for q, n in row.items() if n and g != q), reverse=True)
    if pairs:
        click.echo("  most frequent confusions (gold -> predicted, '-' = no event): "
                   + ", ".join(f"{g}->{q} {n}" for n, g, q in pairs[:10]))


@click.command("events")
@click.option("--plover", "plover_dir", type=click.Path(), help="Folder with the PLOVER GSR JSON (PLOVER_GSR_CAMEO*.json).")
@click.option("--conflibert", "conflibert_dir", type=click.Path(), help="Folder with cameo_class*.tsv and cameo_ner*.txt.")
@click.option("--petrarch", "petrarch_dir", type=click.Path(),
              help="Folder with PETR2_GSR_validation.xml: an independent CAMEO check (all 78 sentences).")
@click.option("--rounds", "rounds_dir", type=click.Path(),
              help="Folder with the CAMEO annotation rounds (round_*.csv): human agreement, type and PentaClass vs the coders.")
@click.option("--split", type=click.Choice(["test", "dev", "all"]), default="test", show_default=True,
              help="Half of each data set (CRC-32 of id/sentence); rules were written on dev only.")
@json_option("Print the scores as one JSON object.")
@reports_errors
def eval_events(plover_dir, conflibert_dir, petrarch_dir, rounds_dir, split, as_json):
    """Score PLOVER events: GSR type and actor-country accuracy, ConfliBERT PentaClass and actor spans.

    Example:

        newsfacts eval events --plover ../shared/gold/plover_gsr --conflibert ../shared/gold/conflibert_cameo
    """
    if not (plover_dir or conflibert_dir or petrarch_dir or rounds_dir):
        raise click.UsageError("give at least one of --plover, --conflibert, --petrarch, --rounds")
    out = _score_events(plover_dir, conflibert_dir, petrarch_dir, rounds_dir, split)
    if as_json:
        for v in out.values():
            v.pop("rows", None)
        click.echo(json.dumps(out, indent=2))
        return
    if "plover" in out:
        _print_plover(out["plover"], split)
    if "conflibert" in out:
        _print_conflibert(out["conflibert"], split)
    if "petrarch" in out:
        _print_petrarch(out["petrarch"])
    if "human_agreement" in out:
        _print_agreement(out["human_agreement"])
    if "rounds" in out:
        _print_rounds(out["rounds"], split)


# ---------------------------------------------------------------------------------------------
# eval places


@click.command("places")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--limit", type=int, help="Only the first N texts.")
@click.option("--sample", type=int, default=50, show_default=True, help="Mentions to draw for a hand check.")
@click.option("--seed", type=int, default=6, show_default=True, help="Seed of the random sample.")
@json_option("Print the full result (with the sample) as JSON.")
@reports_errors
def eval_places(folder, limit, sample, seed, as_json):
    """Place resolution rate on a folder of news texts (PolNeAR: give its folder; dev/text is used).

    Counts the GPE/LOC/FAC mentions spaCy finds and how many newsfacts resolves to a gazetteer
    entry, and draws a random sample to check by hand.

    Example:

        newsfacts eval places ../shared/gold/polnear --json
    """
    from ..evaluation.places import evaluate_places

    res = evaluate_places(folder, limit=limit, sample=sample, seed=seed)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    click.echo(f"{res['docs']} texts, {res['mentions']} GPE/LOC/FAC mentions, {res['resolved']} resolved to a gazetteer entry ({res['rate']:.1%})")
    for label, v in res["by_label"].items():
        rate = v["resolved"] / v["mentions"] if v["mentions"] else 0
        click.echo(f"  {label}: {v['resolved']}/{v['mentions']} ({rate:.1%})")
    click.echo("  resolved kinds: " + ", ".join(f"{k} {n}" for k, n in res["by_kind"].items()))
    click.echo("  most frequent unresolved: " + ", ".join(f"{t} ({n})" for t, n in res["unresolved_top"][:10]))


eval_group.add_command(eval_quotes)
eval_group.add_command(eval_events)
eval_group.add_command(eval_places)


# ---------------------------------------------------------------------------------------------
# eval claims


@click.command("claims")
@click.option("--measeval", "folder", required=True, type=click.Path(file_okay=False),
              help="MeasEval data folder (holding train/ and trial/, each with text/ and tsv/).")
@click.option("--split", type=click.Choice(["train", "trial"]), default="trial", show_default=True,
              help="Split to score: train to develop on, trial for the reported number.")
@click.option("--limit", type=int, default=None, help="Score only the first N paragraphs (by name).")
@json_option("Print the scores as JSON (with per-paragraph misses).")
@reports_errors
def eval_claims(folder, split, limit, as_json):
    """Score numeric claims against MeasEval (SemEval-2021 Task 8): quantity spans, units, measured entities.

    MeasEval is scientific text, not news: its scores say how quantities are read in general
    (see docs/accuracy.md for the news hand check).

    Example:

        newsfacts eval claims --measeval ../shared/gold/measeval --split trial
    """
    from ..evaluation.measeval import evaluate, format_table

    try:
        result = evaluate(folder, split, limit=limit)
    except FileNotFoundError as exc:
        raise NewsfactsError(str(exc), code=E_EVAL_DATA) from None
    if as_json:
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(format_table(result))


eval_group.add_command(eval_claims)
