"""Tests of pipeline.derive."""
