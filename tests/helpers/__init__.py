"""Helpers shared by tests of several tools (import as ``from tests.helpers.net import free_port``)."""
