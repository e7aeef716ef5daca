"""Internals of :mod:`discourse.quotes`, one module per pattern family.

Import order (no cycles): constants -> lexicon -> marks -> units -> phrases -> subjects -> appositives ->
cues -> content -> postposed -> verbal, nonverbal, transcripts, context, backrefs -> :mod:`discourse.quotes`. Nothing
here is public API.
"""
