"""Contract tests for any Relay deployment."""

__version__ = "1.0.0"
