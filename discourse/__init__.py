"""discourse: who said what, how cautiously and in what tone, as tidy pandas tables.

Public API (see DESIGN.md)::

    import discourse as dc
    articles = dc.read_articles("data/articles/")   # files, folders, globs, DataFrames, lists of strings
    res = dc.analyze(articles)                       # Analysis: .articles .sentences .quotes .hedges .errors
    dc.sentences(data); dc.quotes(data); dc.hedges(data); dc.sentiment(data, level="sentence")
    dc.compare(res, by="speaker"); dc.keyness(...); dc.over_time(...); dc.kwic(...); dc.show(res)

The modules of the same names (``discourse.quotes`` ...) hold the per-document analysers; import them with
``importlib.import_module("discourse.quotes")`` or ``from discourse.quotes import extract``.
"""

from . import datasets, evaluate, plot, schema
from .compare import compare, keyness, kwic, over_time
from .display import show
from .hedges import hedges
from .io import read_articles
from .pipeline import Analysis, analyze, analyze_files, sentences
from .quotes import quotes
from .sentiment import sentiment
from .speakers import canonicalize, read_speakers

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "analyze",
    "analyze_files",
    "canonicalize",
    "compare",
    "datasets",
    "evaluate",
    "hedges",
    "keyness",
    "kwic",
    "over_time",
    "plot",
    "quotes",
    "read_articles",
    "read_speakers",
    "schema",
    "sentences",
    "sentiment",
    "show",
    "__version__",
]
