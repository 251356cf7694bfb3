"""Load the guideline catalogue and Norrbotten's organisations into a new workspace."""

from __future__ import annotations

from typing import Any

from app.core.resources import load_json
from app.core.store import Store


def load_catalogue(store: Store, catalogue: dict[str, Any] | None = None) -> None:
    data = catalogue or load_json("catalogue.json")
    with store.transaction():
        store.insert_new("guidelines", [
            {k: g.get(k) for k in ("key", "title", "year", "publisher", "note")}
            for g in data.get("guidelines", [])
        ])
        row_ids = dict(zip(
            [r["key"] for r in data["rows"]],
            store.insert_new("matrix_rows", [
                {"key": r["key"], "title": r["title"], "position": i}
                for i, r in enumerate(data["rows"])
            ]),
        ))
        column_ids = dict(zip(
            [c["key"] for c in data["columns"]],
            store.insert_new("matrix_columns", [
                {"key": c["key"], "title": c["title"], "short": c.get("short") or c["title"],
                 "position": i}
                for i, c in enumerate(data["columns"])
            ]),
        ))
        store.insert_new("items", [
            {
                "key": it.get("key"),
                "row_id": row_ids[it["row"]],
                "column_id": column_ids[it["column"]],
                "title": it["title"],
                "description": it.get("description") or "",
                "source": it.get("source") or "",
                "guideline": it.get("guideline") or "",
                "priority": it.get("priority"),
                "unconfirmed": 1 if it.get("unconfirmed") else 0,
                "position": i,
                "retired": 0,
            }
            for i, it in enumerate(data["items"])
        ])


def load_organisations(store: Store, organisations: dict[str, Any] | None = None) -> None:
    data = organisations or load_json("organisations.json")
    with store.transaction():
        if data.get("county", {}).get("name"):
            store.set_meta("county_name", data["county"]["name"])
        area_ids = dict(zip(
            [a["key"] for a in data["areas"]],
            store.insert_new("areas", [
                {"key": a["key"], "name": a["name"], "position": i, "retired": 0,
                 "unconfirmed": 1 if a.get("unconfirmed") else 0}
                for i, a in enumerate(data["areas"])
            ]),
        ))
        store.insert_new("units", [
            {"key": u["key"], "name": u["name"], "kind": u.get("kind", "other"),
             "area_id": area_ids.get(u.get("area")), "position": i, "retired": 0}
            for i, u in enumerate(data["units"])
        ])
