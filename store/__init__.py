"""baokan.store: raw newspaper pages → a searchable sqlite-utils store (no UI imports)."""
