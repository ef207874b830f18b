"""Near-duplicate detection: MinHash LSH over shingles, confirmed by shared specifics."""
