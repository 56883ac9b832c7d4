"""A generated corpus of news-like articles for benchmarks (text we write, no real articles).

Articles are built from sentence templates filled with made-up people, real country
and city names, institutions, quotes and numbers, so every stage has work to do.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from typing import Iterator

FIRST = ["Anna", "Marc", "Ingrid", "Tomas", "Leila", "Kofi", "Yuki", "Rafael", "Sofia", "Omar", "Elena", "David", "Priya", "Jonas", "Amara"]
LAST = ["Solheim", "Tremblay", "Novak", "Haddad", "Mensah", "Tanaka", "Ortega", "Ivanova", "Rahman", "Kowalski", "Adler", "Brennan", "Okafor", "Lindqvist", "Moreau"]
COUNTRIES = [("Norway", "Norwegian", "Oslo"), ("Canada", "Canadian", "Ottawa"), ("Japan", "Japanese", "Tokyo"), ("Kenya", "Kenyan", "Nairobi"),
             ("Brazil", "Brazilian", "Brasilia"), ("Poland", "Polish", "Warsaw"), ("Egypt", "Egyptian", "Cairo"), ("India", "Indian", "New Delhi"),
             ("Germany", "German", "Berlin"), ("Mexico", "Mexican", "Mexico City"), ("Turkey", "Turkish", "Ankara"), ("Israel", "Israeli", "Jerusalem")]
TITLES = ["Foreign Minister", "Defence Minister", "Prime Minister", "President", "Interior Minister", "Finance Minister"]
TOPICS = ["border security", "grain exports", "a new pipeline", "refugee support", "fishing rights", "cyber attacks", "a trade deal", "water sharing"]
VERBS = ["met", "held talks with", "criticised", "thanked", "called", "accused", "praised", "hosted"]
NOUNS = ["rockets", "soldiers", "refugees", "trucks of aid", "tonnes of grain", "drones", "patrol boats", "families"]


def article(rng: random.Random) -> str:
    (c1, d1, cap1), (c2, d2, cap2) = rng.sample(COUNTRIES, 2)
    p1 = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    p2 = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    t1, t2 = rng.choice(TITLES), rng.choice(TITLES)
    topic = rng.choice(TOPICS)
    n = rng.randint(12, 9000)
    pct = rng.randint(5, 95)
    km = rng.randint(20, 2500)
    paras = [
        f"{d1} {t1} {p1} {rng.choice(VERBS)} {d2} {t2} {p2} in {cap2} on {rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])}, "
        f"as the two countries argued over {topic}.",
        f"\u201cWe have waited too long for a serious answer on {topic},\u201d {p1.split()[1]} told reporters after the meeting. "
        f"\u201cOur people expect results, not more promises.\u201d",
        f"{p2.split()[1]} said {c2} would consider the request, and added that {cap2} had already sent about {n:,} {rng.choice(NOUNS)} "
        f"to the region since {rng.choice(['January', 'March', 'May', 'last year'])}.",
        f"According to officials in {cap1}, nearly {pct}% of the {rng.choice(NOUNS)} crossed within a {km}-kilometer zone near the border.",
        f"The {d1.lower() if False else d1} minister also said that \u201cany attempt to pressure {c1} will fail,\u201d and warned that {cap1} "
        f"would respond if talks collapsed.",
        f"Analysts in {rng.choice(COUNTRIES)[2]} said the meeting was the first at this level in {rng.randint(2, 15)} years, "
        f"and that more talks on {rng.choice(TOPICS)} were planned for next month.",
    ]
    rng.shuffle(paras[2:])
    return "\n\n".join(paras) + "\n"


def generate(n: int, seed: int = 7) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(n):
        yield article(rng)
