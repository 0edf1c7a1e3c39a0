"""Incontra: a platform for cross-border business cooperation."""

__version__ = "0.1.0"
