"""Licence identification and the AI-licence knowledge base."""
