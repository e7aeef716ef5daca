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
    registry = Path(args.speakers)
    res = analyze(articles, speakers=registry if registry.exists() else None)
    files = res.to_dir(out, format="both")
    files += _demo_figures(res, out)
    print(f"read {len(articles)} article(s) from {data}/")
    print(res.summary())
    print("wrote:")
    for f in files:
        print(f"  {f}")
    return 0


def _demo_figures(res, out: Path) -> list[Path]:
    """The quickstart's figures (who is quoted; speakers' hedging, boosting and tone) and the highlighted
    article as a standalone HTML page."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from . import plot
    from .compare import compare
    from .display import show

    files = []
    if len(res.quotes):
        fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
        counts = res.quotes.assign(speaker=res.quotes["speaker"].fillna("(no speaker)"))
        counts = counts.groupby(["speaker", "kind"]).size().unstack(fill_value=0)
        counts.loc[counts.sum(axis=1).sort_values().index].plot.barh(stacked=True, ax=ax)
        ax.set_xlabel("quotes (rows of the quotes table)")
        ax.set_ylabel("speaker")
        ax.set_title("Who is quoted, and how")
        files.append(_save(fig, out / "quotes_by_speaker.png"))
        profile = compare(res, by="speaker", unit="quote", n_boot=500)
        fig, axes = plt.subplots(1, 2, figsize=(11, 4), layout="constrained")
        plot.profile(profile, by="speaker", ax=axes[0])
        plot.rates(profile, "tone", by="speaker", ax=axes[1])
        files.append(_save(fig, out / "speaker_profile.png"))
    else:
        fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
        ax.hist(res.sentences["n_words"], bins=20, color="#4c72b0")
        ax.set_xlabel("words per sentence")
        ax.set_ylabel("sentences")
        ax.set_title("Sentence length")
        files.append(_save(fig, out / "sentence_lengths.png"))
    for aid in res.articles["article_id"].head(3):
        files.append(show(res, aid).to_html(out / f"{aid}.html"))
    return files


def _save(fig, path: Path) -> Path:
    import matplotlib.pyplot as plt

    fig.savefig(path, dpi=130)
    plt.close(fig)
    return path


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
    d.add_argument("--speakers", default="data/speakers.csv",
                   help="speaker registry CSV (default: data/speakers.csv when present)")
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
