"""glossary: glossed handouts of French texts for English readers."""

__version__ = "0.1.0"
