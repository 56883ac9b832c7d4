"""Scoring newsfacts against public gold data (each module reads one corpus from a folder path)."""
