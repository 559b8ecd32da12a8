__title__ = "relay_sdk"
__version__ = "0.1.0"
