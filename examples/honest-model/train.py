"""Training loop (example stub)."""
