"""Extraction: entities, times, quantities, quotes, negation and facts from one article."""
