"""BewustWerven: inclusive selection procedures made the easy path."""

__version__ = "0.1.0"
