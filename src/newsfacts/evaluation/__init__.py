"""Scoring newsfacts against public human-annotated data (each module takes a folder path)."""
