"""baokan.tui: the Textual app and the command line (the imperative shell)."""
