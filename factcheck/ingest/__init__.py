"""Ingest: discover files, decode, front matter, publication date, segmentation."""
