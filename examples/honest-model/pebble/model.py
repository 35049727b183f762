"""Pebble transformer architecture (example stub)."""
