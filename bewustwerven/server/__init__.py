"""`bewustwerven serve`: the services behind an authenticated HTTP API (one door)."""
