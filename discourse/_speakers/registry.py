"""Registry: a speaker table given by the user (name, aliases, role, group[, country, institution]) fills
``speaker_group`` (and ``speaker_role`` when the text gives none) and turns a name or alias into the
registry name; :func:`read_speakers` reads it, ``_apply_registry`` applies it to quote rows.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from .lexicon import DETERMINERS

REGISTRY_COLUMNS = ("name", "aliases", "role", "group")
# Lookup indexes by registry object: analyze() applies one registry to every article (id -> (ref, index)).
_INDEX_CACHE: dict[int, tuple[weakref.ref, dict[str, int]]] = {}
ALIAS_SEPARATORS = re.compile(r"\s*[|;]\s*")


def read_speakers(path_or_df: str | Path | pd.DataFrame) -> pd.DataFrame:
    """Read a speaker registry: columns ``name, aliases, role, group`` (optional ``country, institution``).

    ``aliases`` holds other names separated by ``|`` or ``;``. Returns a DataFrame with those columns
    plus ``keys``: the lower-case strings (name, aliases, last name) that identify each speaker.
    """
    if isinstance(path_or_df, str | Path):
        df = pd.read_csv(path_or_df, comment="#", dtype=str)
    elif isinstance(path_or_df, pd.DataFrame):
        df = path_or_df.copy()
    else:
        raise TypeError(f"speakers: expected a DataFrame or a CSV path, got {type(path_or_df).__name__}")
    if "name" not in df.columns:
        raise ValueError(f"speakers: registry needs a 'name' column; columns found: {list(df.columns)}")
    for c in REGISTRY_COLUMNS:
        if c not in df.columns:
            df[c] = None
    df = df[df["name"].notna()].reset_index(drop=True)
    keys = []
    for name, aliases in zip(df["name"], df["aliases"], strict=True):
        k = {str(name).lower()}
        if isinstance(aliases, str) and aliases.strip():
            k.update(a.lower() for a in ALIAS_SEPARATORS.split(aliases.strip()) if a)
        keys.append(k)
    df["keys"] = keys
    return df


def _registry_index(registry: pd.DataFrame) -> dict[str, int]:
    """Lower-case key -> registry row; last names too when they identify one speaker only."""
    if "keys" not in registry.columns:
        registry = read_speakers(registry)
    index: dict[str, int] = {}
    last: Counter[str] = Counter()
    for i, keys in enumerate(registry["keys"]):
        for k in keys:
            index[k] = i
        last[str(registry["name"].iloc[i]).split()[-1].lower()] += 1
    for i, name in enumerate(registry["name"]):
        ln = str(name).split()[-1].lower()
        if last[ln] == 1 and ln not in index:
            index[ln] = i
    return index


def _lookup(name: str, index: dict[str, int]) -> int | None:
    low = name.lower().strip()
    if low in index:
        return index[low]
    words = [w for w in low.split() if w not in DETERMINERS]
    stripped = " ".join(words)
    if stripped in index:
        return index[stripped]
    if words and words[-1] in index and len(words) <= 3:
        return index[words[-1]]
    return None


def _cached_index(registry: pd.DataFrame) -> dict[str, int]:
    """The lookup index of ``registry``, built once per registry object."""
    hit = _INDEX_CACHE.get(id(registry))
    if hit is not None and hit[0]() is registry:
        return hit[1]
    index = _registry_index(registry)
    if len(_INDEX_CACHE) > 64:
        _INDEX_CACHE.clear()
    _INDEX_CACHE[id(registry)] = (weakref.ref(registry), index)
    return index


def _apply_registry(rows: list[dict[str, Any]], registry: pd.DataFrame) -> None:
    if "keys" not in registry.columns:
        registry = read_speakers(registry)
    index = _cached_index(registry)
    for r in rows:
        spk = r.get("speaker")
        if not isinstance(spk, str):
            continue
        i = _lookup(spk, index)
        if i is None:
            continue
        rec = registry.iloc[i]
        r["speaker"] = rec["name"]
        if isinstance(rec["group"], str) and rec["group"]:
            r["speaker_group"] = rec["group"]
        if not isinstance(r.get("speaker_role"), str) and isinstance(rec["role"], str) and rec["role"]:
            r["speaker_role"] = rec["role"]
