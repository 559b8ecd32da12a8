"""Relay reference server: a real, persistent implementation of the Relay API."""

__version__ = "1.0.0"
