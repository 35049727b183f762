"""Text generation (example stub)."""
