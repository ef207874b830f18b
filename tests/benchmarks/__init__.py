"""Tests of the benchmark report writer (the benchmarks themselves run with `make bench`)."""
