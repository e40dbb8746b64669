"""Tosei Desk: a desktop assistant for Tokyo Metropolitan Government paperwork."""

__version__ = "0.1.0"
APP_NAME = "Tosei Desk"
APP_ID = "ToseiDesk"
