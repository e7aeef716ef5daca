"""Speed of each stage and of the whole pipeline, in kB/s of article text and articles/s.

Corpus: the PolNeAR train texts from ../shared when present (840 real news articles), else the teaching
corpus (data/course) repeated. Stages are timed on the same Docs the pipeline builds: read (files ->
articles table), sentences (Punkt + paragraphs), tokens, quotes, hedges, sentiment, then the whole
``analyze`` for 1 and 2 jobs, and ``analyze`` at 1x, 4x and 16x the corpus to check time is linear.
Peak memory is the process's maximum resident set size.

Usage, from the project root:  python benchmarks/bench_pipeline.py [--quick] [--profile]
Writes nothing; copy the printed table into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import resource
import sys
import time
from pathlib import Path

import pandas as pd

import discourse as dc
from discourse.segment import make_doc

# by module name: discourse.quotes etc. are also the public functions of the same names
quotes, hedges, sentiment = (importlib.import_module(f"discourse.{m}") for m in ("quotes", "hedges", "sentiment"))

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "train" / "text"


def corpus_files() -> tuple[str, list[Path]]:
    if POLNEAR.is_dir():
        return "PolNeAR train", sorted(POLNEAR.glob("*.txt"))
    course = ROOT / "data" / "course" / "texts"
    files = sorted(course.glob("*.txt")) or sorted((ROOT / "data" / "articles").glob("*.txt"))
    return "teaching corpus", files


def timed(fn, *args, repeat: int = 1, **kwargs):
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn(*args, **kwargs)
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="skip the 16x scaling run")
    ap.add_argument("--profile", action="store_true", help="print the top functions of a cProfile run")
    args = ap.parse_args()

    name, files = corpus_files()
    t_read, articles = timed(dc.read_articles, files, format="plain" if name == "PolNeAR train" else None)
    if name != "PolNeAR train":  # a small corpus: repeat it so timings are stable
        articles = pd.concat([articles.assign(article_id=articles["article_id"] + f"#{i}") for i in range(20)],
                             ignore_index=True)
    texts = articles["text"].tolist()
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1000
    n = len(texts)
    rows = []

    def report(stage: str, seconds: float, n_articles: int = n, size_kb: float = kb) -> None:
        rows.append({"stage": stage, "seconds": round(seconds, 3), "kB/s": round(size_kb / seconds, 1),
                     "articles/s": round(n_articles / seconds, 1)})

    report("read (files -> articles)", t_read, len(files), sum(f.stat().st_size for f in files) / 1000)
    t, docs = timed(lambda: [make_doc(x, i) for i, x in enumerate(texts)])
    report("sentences (Doc: paragraphs + Punkt)", t)
    t, _ = timed(lambda: [d.tokens for d in docs])
    report("tokens", t)
    t, qrows = timed(lambda: [quotes.extract(d) for d in docs])
    report("quotes + speakers", t)
    t, _ = timed(lambda: [hedges.find(d, quotes=q) for d, q in zip(docs, qrows, strict=True)])
    report("hedges", t)
    t, _ = timed(lambda: [sentiment.score(d, quotes=q) for d, q in zip(docs, qrows, strict=True)])
    n_sent = sum(len(d.sentences) for d in docs)
    report(f"sentiment ({n_sent} sentences + quotes)", t)
    frame = pd.DataFrame({"article_id": range(n), "text": texts})
    for jobs in (1, 2):
        t, _ = timed(dc.analyze, frame, n_jobs=jobs, progress=False)
        report(f"analyze, whole pipeline, n_jobs={jobs}", t)
    scales = (1, 4) if args.quick else (1, 4, 16)
    for k in scales[1:]:
        big = pd.DataFrame({"article_id": range(n * k), "text": texts * k})
        for jobs in (1, 2) if k == 4 else (1,):
            t, _ = timed(dc.analyze, big, n_jobs=jobs, progress=False)
            report(f"analyze, {k}x corpus, n_jobs={jobs}", t, n * k, kb * k)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stream = _streaming_memory(files, (1, 4) if args.quick else (1, 4, 16)) if name == "PolNeAR train" else {}
    table = pd.DataFrame(rows)
    print(f"corpus: {name}, {n} articles, {kb:,.0f} kB of text; machine: {platform.machine()}, "
          f"{platform.python_implementation()} {platform.python_version()}, pandas {pd.__version__}, "
          f"discourse {dc.__version__}")
    print(table.to_markdown(index=False) if _has_tabulate() else table.to_string(index=False))
    print(f"peak memory (max RSS) of this process, which holds every table in memory: {peak:,.0f} MB")
    for k, (seconds, mb) in stream.items():
        print(f"analyze_files, {k}x corpus ({k * len(files)} files, batch_size=200): {seconds:.1f} s, "
              f"peak memory {mb:,.0f} MB")
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        dc.analyze(frame, progress=False)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


# VmHWM (this process's peak resident memory) rather than ru_maxrss, which Linux carries over from the
# parent across fork and exec.
_STREAM = """
import re, sys, time
from discourse.pipeline import analyze_files
t = time.perf_counter()
analyze_files(sys.argv[1], sys.argv[2], batch_size=200, progress=False, input_format="plain")
hwm = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
print(time.perf_counter() - t, hwm / 1024)
"""


def _streaming_memory(files: list[Path], scales: tuple[int, ...]) -> dict[int, tuple[float, float]]:
    """Peak memory of analyze_files in a fresh process on k copies of the corpus: flat if streaming works."""
    import subprocess
    import tempfile

    out = {}
    for k in scales:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "corpus"
            src.mkdir()
            for c in range(k):
                for f in files:
                    (src / f"{c}_{f.name}").symlink_to(f.resolve())
            res = subprocess.run([sys.executable, "-c", _STREAM, str(src), str(Path(tmp) / "out")],
                                 capture_output=True, text=True, check=True)
            seconds, mb = map(float, res.stdout.split()[-2:])
            out[k] = (seconds, mb)
    return out


def _has_tabulate() -> bool:
    try:
        import tabulate  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
