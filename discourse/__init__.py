"""discourse: who said what, how cautiously and in what tone, as tidy pandas tables.

Public API (see DESIGN.md)::

    import discourse as dc
    articles = dc.read_articles("data/articles/")
    res = dc.analyze(articles)            # Analysis: .articles .sentences .quotes .hedges .errors
    dc.sentences(data)
"""

from . import schema
from .io import read_articles
from .pipeline import Analysis, analyze, sentences

__version__ = "0.1.0"

__all__ = ["Analysis", "analyze", "read_articles", "schema", "sentences", "__version__"]
