"""Sentence-boundary precision/recall/F1 on FactBank newswire (../shared/eval/uncertainty/factbank_dev.jsonl).

The sentences of each document are joined with one space; discourse.sentences must split the text back
at the same places. A boundary is the character offset where a sentence starts (the first sentence's
start is not counted). Usage, from the project root:  python benchmarks/sentence_boundaries.py [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import OrderedDict
from pathlib import Path

import discourse as dc

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FACTBANK = SHARED / "eval" / "uncertainty" / "factbank_dev.jsonl"


def load_docs(path: Path = FACTBANK) -> list[tuple[str, list[int]]]:
    """(text, gold boundary offsets) per document."""
    by_doc: OrderedDict[str, list[str]] = OrderedDict()
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        by_doc.setdefault(row["doc_id"], []).append(row["text"].strip())
    docs = []
    for sents in by_doc.values():
        text, starts, pos = "", [], 0
        for i, s in enumerate(sents):
            if i:
                text += " "
                pos += 1
                starts.append(pos)
            text += s
            pos += len(s)
        docs.append((text, starts))
    return docs


def score(docs: list[tuple[str, list[int]]], show: int = 0) -> dict[str, float]:
    sents = dc.sentences([t for t, _ in docs])
    tp = npred = ngold = 0
    shown = 0
    for i, (text, gold) in enumerate(docs):
        pred = sorted(sents.loc[sents["article_id"] == i, "start"].tolist())[1:]
        g, p = set(gold), set(pred)
        tp += len(g & p)
        npred += len(p)
        ngold += len(g)
        for b in sorted(g ^ p):
            if shown < show:
                kind = "missed" if b in g else "extra "
                print(f"{kind} | {text[max(0, b - 60):b]!r} || {text[b:b + 40]!r}")
                shown += 1
    prec = tp / npred if npred else 0.0
    rec = tp / ngold if ngold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"docs": len(docs), "gold": ngold, "pred": npred, "precision": prec, "recall": rec, "f1": f1}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", type=int, default=0, help="print this many wrong boundaries")
    args = ap.parse_args()
    if not FACTBANK.exists():
        print(f"skipped: {FACTBANK} not found")
        return 0
    m = score(load_docs(), show=args.show)
    print(
        f"FactBank dev sentence boundaries: {m['docs']} docs, {m['gold']} gold, {m['pred']} predicted; "
        f"P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
