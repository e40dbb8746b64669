"""Domain logic of Tosei Desk. Nothing in this package may import Qt or desktop.ui
(enforced by the import-linter contract in pyproject.toml)."""
