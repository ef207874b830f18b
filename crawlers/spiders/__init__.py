"""Spiders: `portal` crawls one registry portal, an ad-hoc JSON portal, or any site from a URL."""
