"""Improvement work on the facade: teams, aims, measures, data, PGSA cycles.

A mixin of `app.workspace.Workspace`, kept in its own module so the facade
stays small; it uses the facade's `_write`, `_existing` and `_store`.
"""

from __future__ import annotations


class ImprovementMixin:
    """Methods of Workspace for the Breakthrough work (issue 3)."""
