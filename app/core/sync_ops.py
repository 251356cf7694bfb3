"""File exchange on the facade: export, import and join packages, conflicts.

A mixin of `app.workspace.Workspace`, kept in its own module so the facade
stays small; it uses the facade's `_store`.
"""

from __future__ import annotations


class SyncMixin:
    """Methods of Workspace for sync by exchanging files (issue 4)."""
