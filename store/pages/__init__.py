"""Page text → a parsed page: decode, masthead, lines, layout, headline placement, paragraphs."""
