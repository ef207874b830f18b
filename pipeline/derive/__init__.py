"""Derived tables: canonical entities from mentions, engagements from articles and mentions."""
