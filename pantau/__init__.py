"""The application people touch: the `pantau` CLI, the web UI, the demo portals, monitoring and alerts."""
