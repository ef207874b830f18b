"""Tests of pipeline.dedup."""
