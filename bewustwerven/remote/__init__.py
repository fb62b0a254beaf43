"""The desktop side of the BewustWerven server: the same service interfaces over HTTPS."""
