"""Tests of the dedup subpackage (pipeline/dedup/)."""
