"""Data preparation: dedup and filtering (example stub)."""
