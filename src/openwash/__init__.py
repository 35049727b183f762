"""openwash: checks openness claims of AI model releases against the evidence."""

__version__ = "0.1.0"
