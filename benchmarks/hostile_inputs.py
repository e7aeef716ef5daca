"""How long hostile inputs take, and whether time grows linearly with article size.

The inputs are those of tests/test_robustness.py (which checks what comes out, never how fast): megabytes
without a paragraph break, thousands of quotation marks, no spaces, markup soup, right-to-left text, and
long adversarial lines for every regular expression of the reader. A catastrophically backtracking
pattern would show here as minutes instead of seconds.

Usage, from the project root:  python benchmarks/hostile_inputs.py
Writes nothing; copy the printed table into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import discourse as dc
from discourse.io import parse_text_article

ROOT = Path(__file__).resolve().parents[1]


def _robustness_inputs():
    spec = importlib.util.spec_from_file_location("test_robustness", ROOT / "tests" / "test_robustness.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    m = _robustness_inputs()
    print(f"{'input':40s} {'chars':>10s} {'seconds':>8s}")
    for name, text in m.HOSTILE.items():
        t = time.perf_counter()
        dc.analyze([text, "A normal article, he said."])
        print(f"{name:40s} {len(text):10,d} {time.perf_counter() - t:8.2f}")
    worst = 0.0
    for line in m.ADVERSARIAL_LINES:
        t = time.perf_counter()
        parse_text_article(f"{line}\n\n{line}\n---\n{line}\n\nBody text.")
        worst = max(worst, time.perf_counter() - t)
    print(f"{'reader, worst adversarial line':40s} {'':>10s} {worst:8.2f}")
    print()
    print(f"{'linear growth':40s} {'chars':>10s} {'seconds':>8s} {'s per MB':>9s}")
    for n in (2_000, 8_000, 16_000):
        text = m.SENT * n
        t = time.perf_counter()
        dc.analyze(text)
        dt = time.perf_counter() - t
        print(f"{f'{n:,} x a two-quote sentence':40s} {len(text):10,d} {dt:8.2f} {dt / len(text) * 1e6:9.2f}")


if __name__ == "__main__":
    main()
