"""The database layer: schema, the page writer, the build, search, queries, facets and table views."""

from __future__ import annotations

from .failures import StoreError, failure
from .schema import (
    ENV_DB,
    SCHEMA_VERSION,
    check_version,
    create,
    default_path,
    ensure_schema,
    open_readonly,
)

__all__ = [
    "ENV_DB",
    "SCHEMA_VERSION",
    "StoreError",
    "check_version",
    "create",
    "default_path",
    "ensure_schema",
    "failure",
    "open_readonly",
]
