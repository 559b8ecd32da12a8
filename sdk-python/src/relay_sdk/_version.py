__title__ = "relay_sdk"
__version__ = "1.0.0"
