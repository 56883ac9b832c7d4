"""`newsfacts eval events`: score the event stage on public gold data."""

from __future__ import annotations

import json
import sys

import click

from .cli import eval_group
from .errors import NewsfactsError


def _pct(x: float) -> str:
    return f"{x:.3f}"


@eval_group.command("events")
@click.option("--plover", "plover_dir", type=click.Path(), help="Folder with the PLOVER GSR JSON (PLOVER_GSR_CAMEO*.json).")
@click.option("--conflibert", "conflibert_dir", type=click.Path(), help="Folder with cameo_class*.tsv and cameo_ner*.txt.")
@click.option("--petrarch", "petrarch_dir", type=click.Path(),
              help="Folder with PETR2_GSR_validation.xml: an independent CAMEO check (all 78 sentences).")
@click.option("--rounds", "rounds_dir", type=click.Path(), help="Folder with the CAMEO annotation rounds (round_*.csv): human agreement.")
@click.option("--split", type=click.Choice(["test", "dev", "all"]), default="test", show_default=True,
              help="Half of each data set (CRC-32 of id/sentence); rules were written on dev only.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_events(plover_dir, conflibert_dir, petrarch_dir, rounds_dir, split, as_json):
    """Score PLOVER events: GSR type and actor-country accuracy, ConfliBERT PentaClass and actor spans.

    Example:

        newsfacts eval events --plover ../shared/gold/plover_gsr --conflibert ../shared/gold/conflibert_cameo
    """
    from pathlib import Path

    from .evaluation import conflibert, petrarch, plover
    from .evaluation.common import format_confusion

    if not (plover_dir or conflibert_dir or petrarch_dir or rounds_dir):
        raise click.UsageError("give at least one of --plover, --conflibert, --petrarch, --rounds")
    out: dict = {}
    try:
        if plover_dir:
            out["plover"] = plover.evaluate(plover_dir, split=split)
        if conflibert_dir:
            out["conflibert"] = conflibert.evaluate(conflibert_dir, split=split)
        if petrarch_dir:
            table = Path(plover_dir or "", "CAMEO2PLOVER-2021.txt") if plover_dir else None
            out["petrarch"] = petrarch.evaluate(petrarch_dir, cameo2plover=table if table and table.is_file() else None)
        if rounds_dir:
            out["human_agreement"] = conflibert.human_agreement(rounds_dir)
    except NewsfactsError as exc:
        click.echo(f"newsfacts: {exc}", err=True)
        sys.exit(2)
    if as_json:
        for v in out.values():
            v.pop("rows", None)
        click.echo(json.dumps(out, indent=2))
        return
    if "plover" in out:
        p = out["plover"]
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
    if "conflibert" in out:
        c = out["conflibert"]
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
    if "petrarch" in out:
        r = out["petrarch"]
        f = r["event_found"]
        line = (f"PETRARCH-2 validation ({r['n']} sentences, all)  CAMEO root accuracy {_pct(r['root_accuracy'])}   "
                f"quad class accuracy {_pct(r['quad_accuracy'])}")
        if r["type_accuracy"] is not None:
            line += f"   PLOVER type accuracy {_pct(r['type_accuracy'])}"
        click.echo(line)
        click.echo(f"  event found: {f['tp']} right, {f['fp']} where none was expected, {f['fn']} missed")
        click.echo("")
    if "human_agreement" in out:
        h = out["human_agreement"]
        click.echo(f"Human coders, CAMEO annotation rounds: pairwise PentaClass agreement {_pct(h['pairwise'])} "
                   f"({h['pairs']} pairs, {h['sentences']} sentences); "
                   f"{_pct(h['pairwise_with_irrelevant_as_statement'])} counting 'not relevant' as statement")
