"""Where the data files under resources/ are found, installed or not."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any


@cache
def resource_dir() -> Path:
    source_tree = Path(__file__).resolve().parents[2] / "resources"
    if source_tree.is_dir():
        return source_tree
    from importlib.resources import files  # installed wheel: app/resources

    return Path(str(files("app.resources")))


def load_json(name: str) -> Any:
    with open(resource_dir() / name, encoding="utf-8") as f:
        return json.load(f)
