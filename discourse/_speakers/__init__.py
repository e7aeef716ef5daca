"""Internals of :mod:`discourse.speakers`, one module per stage.

Import order (no cycles): lexicon -> mentions -> names -> registry -> resolution -> canonical ->
:mod:`discourse.speakers`. Nothing here is public API.
"""
