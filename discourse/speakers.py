"""Speakers: from what the text says ("he", "the Kremlin", "Foreign Minister Sergey Lavrov") to who spoke.

Resolution follows the rule-based tradition of attribution work (Pareti 2015; Newell et al. 2018) and of
name-matching coreference (Haghighi & Klein 2009's "head match" baseline; Lee et al. 2013's Stanford
sieves, restricted to the string-match and pronoun sieves). The rules live in :mod:`discourse._speakers`:

* :func:`parse_mention` splits a mention into a role and a name ("Foreign Minister" + "Sergey Lavrov";
  places and nationality adjectives belong to the role) (``_speakers/mentions.py``);
* :func:`resolve` fills the speakers of one article's quote rows: every name becomes its fullest form in
  the article and "The Ministry" the institution named in full (``_speakers/names.py``); pronouns and role
  nouns take the nearest earlier compatible speaker (``_speakers/resolution.py``);
* a registry (name, aliases, role, group[, country, institution]) given by the user and read by
  :func:`read_speakers` fills ``speaker_group`` (and ``speaker_role`` when the text gives none)
  (``_speakers/registry.py``); :func:`canonicalize` merges variants of one name across a corpus
  ("Trump", "President Trump" -> "Donald Trump") (``_speakers/canonical.py``).
"""

from __future__ import annotations

from ._speakers.canonical import canonicalize
from ._speakers.mentions import clean_name as clean_name  # re-exported: a public name of this module
from ._speakers.mentions import parse_mention
from ._speakers.registry import REGISTRY_COLUMNS, read_speakers
from ._speakers.resolution import resolve

__all__ = ["read_speakers", "resolve", "canonicalize", "parse_mention", "REGISTRY_COLUMNS"]
