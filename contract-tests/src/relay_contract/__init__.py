"""Contract tests for any Relay deployment."""
