"""Command line: ``discourse analyze`` and ``discourse demo``.

    discourse analyze data/articles/ -o out/            # every table as Parquet
    discourse analyze news.csv --text-col body -o out/ --format csv
    discourse demo                                      # what `make demo` runs
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .io import FORMATS, read_articles
from .pipeline import analyze, analyze_files

DEMO_DATA = Path("data/articles")


def _cmd_analyze(args: argparse.Namespace) -> int:
    source = args.input[0] if len(args.input) == 1 else args.input
    summary = analyze_files(source, args.out, batch_size=args.batch_size, format=args.format, resume=not args.restart,
                            n_jobs=args.jobs, progress=None if not args.quiet else False,
                            speakers=args.speakers, text_col=args.text_col, input_format=args.input_format)
    for r in summary.itertuples():
        print(f"{r.table:10s} {r.rows:>9,} rows in {r.files} part file(s) under {args.out}/{r.table}/")
    print("read them back in Python with: discourse.Analysis.from_dir(" + repr(str(args.out)) + ")")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    data = Path(args.data)
    if not data.exists():
        print(f"discourse demo: {data}/ not found; run it from the project's root folder", file=sys.stderr)
        return 2
    out = Path(args.out)
    articles = read_articles(data)
    res = analyze(articles)
    files = res.to_dir(out, format="both")
    files += _demo_figures(res, out)
    print(f"read {len(articles)} article(s) from {data}/")
    print(res.summary())
    print("wrote:")
    for f in files:
        print(f"  {f}")
    return 0


def _demo_figures(res, out: Path) -> list[Path]:
    """The demo's figures: who is quoted (when there are quotes) and sentence lengths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    files = []
    fig, ax = plt.subplots(figsize=(7, 4))
    if len(res.quotes) and res.quotes["speaker"].notna().any():
        counts = res.quotes.groupby(["speaker", "kind"]).size().unstack(fill_value=0)
        counts.loc[counts.sum(axis=1).sort_values().index].plot.barh(stacked=True, ax=ax)
        ax.set_xlabel("quotes (rows)")
        ax.set_ylabel("speaker")
        ax.set_title("Who is quoted, and how")
        name = "quotes_by_speaker.png"
    else:
        ax.hist(res.sentences["n_words"], bins=20, color="#4c72b0")
        ax.set_xlabel("words per sentence")
        ax.set_ylabel("sentences")
        ax.set_title("Sentence length")
        name = "sentence_lengths.png"
    fig.tight_layout()
    path = out / name
    fig.savefig(path, dpi=120)
    plt.close(fig)
    files.append(path)
    return files


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="discourse",
        description="Turn news articles and official statements into tables of sentences, quotes, "
        "hedges and sentiment.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    a = sub.add_parser(
        "analyze",
        help="analyse files and write every table to a folder",
        description="Read articles (text/Markdown, HTML, CSV, JSON Lines, JSON or Parquet files, or "
        "folders of them), analyse them in batches and write the tables articles, sentences, quotes, hedges "
        "and errors to OUTDIR/<table>/part-NNNNNN.<format>. Memory stays flat however large the corpus; an "
        "interrupted run started again with the same command resumes where it stopped.",
    )
    a.add_argument("input", nargs="+", help="files, folders or glob patterns (quote globs: 'news/*.html')")
    a.add_argument("-o", "--out", required=True, metavar="OUTDIR", help="folder to write the tables to")
    a.add_argument("--format", choices=["parquet", "csv"], default="parquet",
                   help="file format of the tables (default: parquet)")
    a.add_argument("--batch-size", type=int, default=500, help="files read and analysed at a time (default 500)")
    a.add_argument("--restart", action="store_true", help="discard earlier results in OUTDIR instead of resuming")
    a.add_argument("--speakers", default=None, help="speaker registry CSV (name, aliases, role, group)")
    a.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    a.add_argument("--text-col", default="text", help="text column of CSV/JSON/Parquet input (default: text)")
    a.add_argument("--input-format", choices=sorted(FORMATS), default=None,
                   help="read every input in this format instead of guessing from the file extension")
    a.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (-1: all cores; default 1)")
    a.set_defaults(func=_cmd_analyze)
    d = sub.add_parser(
        "demo",
        help="analyse the bundled article(s) and write tables and a figure to out/",
        description="Analyse the bundled seed article in data/articles/ and write every table (Parquet "
        "and CSV) and a figure to out/. Run it from the project's root folder.",
    )
    d.add_argument("--data", default=str(DEMO_DATA), help="folder of articles (default: data/articles)")
    d.add_argument("-o", "--out", default="out", help="output folder (default: out)")
    d.set_defaults(func=_cmd_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (FileNotFoundError, ValueError, TypeError) as exc:
        print(f"discourse {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
