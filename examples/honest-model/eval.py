"""Evaluation harness (example stub)."""
