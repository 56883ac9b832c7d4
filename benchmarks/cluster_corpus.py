"""A small corpus we wrote for measuring duplicate-event clustering: the same (made-up)
events reported by several outlets in different words, plus near misses (same countries,
same day, different event; same meeting partners a week later).

Each report has its gold event key, the outlet, the publication date and the hand-coded
event (PLOVER type, quad class, actors with countries, the sentence that reports it).
:func:`gold_rows` turns the hand coding into ``events`` rows, so clustering can be measured
apart from event extraction; ``benchmarks/clustering.py`` also runs the full pipeline.
"""

from __future__ import annotations

from typing import Any

VC, MC, VX, MX = "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"

# (event key, outlet, published, type, quad, (source name, country), (target name, country), text, evidence sentence index)
REPORTS: list[tuple[str, str, str, str, str, tuple[str, str], tuple[str, str], str]] = [
    # E1: Norway and Canada meet in Oslo on 4 March
    ("E1", "Oslo Times", "2024-03-04", "CONSULT", VC, ("Ingrid Solheim", "NOR"), ("Marc Tremblay", "CAN"),
     "Norwegian Foreign Minister Ingrid Solheim met Canadian Defence Minister Marc Tremblay in Oslo on Monday. "
     "The talks focused on fishing rights in the Arctic."),
    ("E1", "Maple Wire", "2024-03-04", "CONSULT", VC, ("Marc Tremblay", "CAN"), ("Ingrid Solheim", "NOR"),
     "Canada's defence minister Marc Tremblay held talks with his Norwegian counterpart Ingrid Solheim in Oslo on Monday. "
     "Both sides described the meeting as constructive."),
    ("E1", "Nordic Post", "2024-03-05", "CONSULT", VC, ("Solheim", "NOR"), ("Tremblay", "CAN"),
     "Solheim and Tremblay met in the Norwegian capital on Monday to discuss Arctic fishing rights. "
     "Officials said a follow-up meeting was planned."),
    # E2: Kenya hosts Japan in Nairobi, same day, same type as E1
    ("E2", "Nairobi Daily", "2024-03-04", "CONSULT", VC, ("Amara Mensah", "KEN"), ("Yuki Tanaka", "JPN"),
     "Kenyan President Amara Mensah hosted Japanese Prime Minister Yuki Tanaka in Nairobi on Monday. "
     "The leaders discussed trade and grain supplies."),
    ("E2", "Tokyo Ledger", "2024-03-04", "CONSULT", VC, ("Yuki Tanaka", "JPN"), ("Amara Mensah", "KEN"),
     "Prime Minister Yuki Tanaka met President Amara Mensah in Nairobi on Monday during his first visit to Kenya. "
     "Tanaka called the visit a new chapter."),
    # E3: Poland accuses Germany over border security
    ("E3", "Warsaw Herald", "2024-03-05", "ACCUSE", VX, ("Jonas Novak", "POL"), ("Germany", "DEU"),
     "Polish Interior Minister Jonas Novak accused Germany of ignoring border security warnings on Tuesday. "
     "He demanded an answer within two weeks."),
    ("E3", "Berlin Courier", "2024-03-05", "ACCUSE", VX, ("Poland", "POL"), ("Germany", "DEU"),
     "Poland accused Germany of failing to act on border security warnings, the Polish interior ministry said on Tuesday. "
     "Berlin rejected the criticism."),
    ("E3", "Central Europe Wire", "2024-03-06", "ACCUSE", VX, ("Novak", "POL"), ("Berlin", "DEU"),
     "Novak's accusation that Berlin ignored warnings about border security drew a sharp response. "
     "German officials called the claim unfounded."),
    # E4: Japan sends grain to Kenya
    ("E4", "Nairobi Daily", "2024-03-06", "AID", MC, ("Japan", "JPN"), ("Kenya", "KEN"),
     "Japan sent 4,000 tonnes of grain to Kenya on Wednesday, the agriculture ministry said. "
     "The shipment arrived at Mombasa."),
    ("E4", "Tokyo Ledger", "2024-03-07", "AID", MC, ("Tokyo", "JPN"), ("Kenya", "KEN"),
     "Tokyo delivered about 4,000 tonnes of grain aid to Kenya this week. "
     "The aid follows the prime minister's visit."),
    # E5: Turkey threatens Israel over drones
    ("E5", "Ankara Monitor", "2024-03-05", "THREATEN", VX, ("Rafael Adler", "TUR"), ("Israel", "ISR"),
     "Turkish Defence Minister Rafael Adler warned Israel that Ankara would respond if drone flights near the border continued. "
     "He spoke on Tuesday."),
    ("E5", "Jerusalem Report", "2024-03-05", "THREATEN", VX, ("Turkey", "TUR"), ("Israel", "ISR"),
     "Turkey threatened to respond to Israeli drone flights near its border, defence minister Rafael Adler said on Tuesday. "
     "Israel did not comment."),
    ("E5", "Mideast Brief", "2024-03-06", "THREATEN", VX, ("Adler", "TUR"), ("Israel", "ISR"),
     "Adler's warning that Turkey would respond to the drone flights raised tensions with Israel. "
     "Diplomats urged calm."),
    # E7: same day, same dyad and quad class as E5, different event
    ("E7", "Ankara Monitor", "2024-03-05", "ACCUSE", VX, ("Turkish Foreign Ministry", "TUR"), ("Israel", "ISR"),
     "The Turkish Foreign Ministry accused Israel of violating a maritime agreement in the eastern Mediterranean on Tuesday. "
     "It summoned the Israeli ambassador."),
    ("E7", "Jerusalem Report", "2024-03-05", "ACCUSE", VX, ("Turkey", "TUR"), ("Israel", "ISR"),
     "Turkey accused Israel of breaching the maritime deal in the Mediterranean and summoned its ambassador on Tuesday. "
     "Israeli officials denied any breach."),
    # E6: Norway and Canada meet again a week later (must not merge with E1)
    ("E6", "Oslo Times", "2024-03-11", "CONSULT", VC, ("Ingrid Solheim", "NOR"), ("Marc Tremblay", "CAN"),
     "Ingrid Solheim met Marc Tremblay again in Ottawa on Monday, a week after their talks in Oslo. "
     "They signed a statement on Arctic research."),
    ("E6", "Maple Wire", "2024-03-11", "CONSULT", VC, ("Marc Tremblay", "CAN"), ("Ingrid Solheim", "NOR"),
     "Tremblay welcomed Solheim to Ottawa on Monday for a second round of talks. "
     "The ministers discussed Arctic research."),
    # E8: Brazil and Mexico agree on water sharing (actor order varies)
    ("E8", "Brasilia Today", "2024-03-07", "AGREE", VC, ("Sofia Ortega", "BRA"), ("Mexico", "MEX"),
     "Brazilian President Sofia Ortega and Mexico agreed on a water-sharing plan at a summit in Brasilia on Thursday. "
     "Farmers welcomed the deal."),
    ("E8", "Mexico City Star", "2024-03-07", "AGREE", VC, ("Mexico", "MEX"), ("Brazil", "BRA"),
     "Mexico and Brazil reached an agreement on water sharing in Brasilia on Thursday. "
     "The plan covers the dry season."),
    ("E8", "Americas Wire", "2024-03-08", "AGREE", VC, ("Ortega", "BRA"), ("Mexico", "MEX"),
     "Ortega said the water-sharing agreement with Mexico would help farmers during the dry season. "
     "It was signed on Thursday."),
    # E9: Polish farmers protest against Germany
    ("E9", "Warsaw Herald", "2024-03-08", "PROTEST", MX, ("Polish farmers", "POL"), ("Germany", "DEU"),
     "Polish farmers protested at the German border on Friday against cheap grain imports from Germany. "
     "Hundreds of tractors blocked the road."),
    ("E9", "Berlin Courier", "2024-03-08", "PROTEST", MX, ("farmers from Poland", "POL"), ("Germany", "DEU"),
     "Farmers from Poland blocked a border crossing with tractors on Friday to protest German grain imports. "
     "Police said the protest was peaceful."),
    # E11: Norway and Canada again, the next day, but other ministers and another meeting (near miss for E1)
    ("E11", "Oslo Times", "2024-03-05", "CONSULT", VC, ("Lars Brennan", "NOR"), ("Claire Moreau", "CAN"),
     "Norway's trade minister Lars Brennan held talks with Canadian trade minister Claire Moreau in Ottawa on Tuesday about salmon tariffs. "
     "No agreement was reached."),
    ("E11", "Maple Wire", "2024-03-05", "CONSULT", VC, ("Claire Moreau", "CAN"), ("Lars Brennan", "NOR"),
     "Canadian trade minister Claire Moreau met Norway's Lars Brennan in Ottawa on Tuesday to negotiate salmon tariffs. "
     "Talks will resume in April."),
    # E12: Germany rejects the Polish accusation (reverse dyad of E3)
    ("E12", "Berlin Courier", "2024-03-06", "REJECT", VX, ("German government", "DEU"), ("Poland", "POL"),
     "The German government rejected Poland's accusation on Wednesday, saying border checks had been increased. "
     "A spokesman called the claim unfair."),
    # E10: one report only
    ("E10", "Cairo Mirror", "2024-03-05", "CONSULT", VC, ("Omar Haddad", "EGY"), ("India", "IND"),
     "Egyptian Finance Minister Omar Haddad visited New Delhi on Tuesday for talks on refugee support with Indian officials. "
     "He thanked India for its help."),
]


def reports() -> list[dict[str, Any]]:
    """The reports as dicts: key, outlet, published, type, quad, source, target, text, evidence (first sentence span)."""
    out = []
    for k, (key, outlet, published, typ, quad, src, tgt, text) in enumerate(REPORTS):
        end = text.index(". ") + 1
        out.append({"n": k, "key": key, "outlet": outlet, "published": published, "type": typ, "quad": quad,
                    "source": src, "target": tgt, "text": text + "\n", "evidence": (0, end)})
    return out


def gold_rows() -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
    """Hand-coded ``events`` rows (one per report) and the gold event key of each row."""
    rows, gold = [], {}
    for r in reports():
        doc_id = f"doc{r['n']:02d}"
        s, e = r["evidence"]
        rows.append({
            "doc_id": doc_id, "event_id": "v1", "type": r["type"], "quad_class": r["quad"],
            "source_name": r["source"][0], "source_country": r["source"][1],
            "target_name": r["target"][0], "target_country": r["target"][1],
            "date": None, "published": r["published"], "source": r["outlet"],
            "evidence_text": r["text"][s:e],
        })
        gold[(doc_id, "v1")] = r["key"]
    return rows, gold
