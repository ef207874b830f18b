"""Tests of the application package `pantau` (CLI, UI, demo, monitoring, extract/eval)."""
