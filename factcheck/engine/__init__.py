"""The engine: corpus context, blocking, claims, event clustering."""
