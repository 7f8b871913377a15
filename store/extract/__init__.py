"""Parsed page + words → entities: one module per kind, and the page loop over them."""
