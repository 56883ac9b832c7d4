"""Helpers for the corpus tests: articles we wrote, WARC files built with warcio, JSONL/CSV inputs."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

#: Short English articles we wrote (each a different text, so a different doc id).
ARTICLES = [
    "Norwegian Foreign Minister Ingrid Solheim met Canadian Defence Minister Marc Tremblay in Oslo on Monday. "
    "The two ministers discussed fishing rights in the Arctic and agreed to meet again next month, officials said.",
    "Kenyan President Amara Mensah hosted Japanese Prime Minister Yuki Tanaka in Nairobi on Tuesday. "
    "Tanaka said Japan would send about 4,000 tonnes of grain to the region, and the two leaders signed a trade deal.",
    "Polish Interior Minister Jonas Novak accused Germany of ignoring border security warnings on Wednesday. "
    "Novak told reporters in Warsaw that the government expects a serious answer within two weeks.",
    "Egyptian Finance Minister Omar Haddad thanked India for refugee support during a visit to New Delhi. "
    "Haddad said that nearly 40% of the aid had already reached families living near the border.",
    "Brazilian President Sofia Ortega praised Mexico for its work on water sharing at a summit in Brasilia. "
    "Ortega said the agreement would help farmers in both countries during the dry season.",
    "Turkish Defence Minister Rafael Adler criticised Israel over drone flights near the border on Thursday. "
    "Adler said Ankara would respond if the flights continued, and called for talks at the United Nations.",
]

GERMAN = ("Die norwegische Außenministerin traf am Montag ihren kanadischen Amtskollegen in Oslo, um über die "
          "Fischereirechte in der Arktis zu sprechen, wie die Beamten mitteilten, und beide wollen sich im nächsten Monat wiedersehen.")


def html_page(title: str, body: str, date: str = "2024-03-05") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body.split(". ") if p)
    return (
        f"<html><head><title>{title}</title><meta property='article:published_time' content='{date}'></head>"
        f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>{title}</h1>{paras}</article>"
        "<footer>Copyright Example News</footer></body></html>"
    ).encode("utf-8")


def write_warc(path: Path, records: list[tuple[str, str, bytes]], *, gz: bool = True, warc_date: str = "2024-03-05T10:00:00Z") -> Path:
    """Write a WARC with a warcinfo record, then one response record per (status, content type, body)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsfacts tests", "format": "WARC File Format 1.0"}))
        for i, (status, ctype, body) in enumerate(records):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(f"https://news.example.org/story/{i}", "response", payload=BytesIO(body),
                                       http_headers=headers, warc_headers_dict={"WARC-Date": warc_date})
            w.write_record(rec)
            # warcio spools the HTTP block to a temp file: close it
            for stream in (rec.raw_stream, getattr(rec, "content_stream_", None)):
                if stream is not None and hasattr(stream, "close"):
                    stream.close()
    return path


def write_jsonl(path: Path, objs: list) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for o in objs:
            fh.write((o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) + "\n")
    return path
