"""``bewustwerven serve``: the BewustWerven server (the only door to a shared database)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bewustwerven.cli.common import EXIT_OK, EXIT_USAGE


def register(sub: Any) -> None:
    p = sub.add_parser(
        "serve",
        help="start de server (HTTPS-API) / run the server (HTTPS API)",
        description="De server houdt als enige de databasegegevens en de sleutel. / The "
        "server alone holds the database credentials and the data key.",
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--tls-cert", type=Path)
    p.add_argument("--tls-key", type=Path)
    p.add_argument("--workers", type=int, default=1, help="processen / worker processes")
    p.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    from bewustwerven.cli.common import key_file
    from bewustwerven.server.run import serve
    from bewustwerven.store.db import resolve_url

    if key_file(args) is None:
        print("Geef --key-file (of BEWUSTWERVEN_KEY_FILE). / Give --key-file.")
        return EXIT_USAGE
    if bool(args.tls_cert) != bool(args.tls_key):
        print("Geef --tls-cert en --tls-key samen. / Give --tls-cert and --tls-key together.")
        return EXIT_USAGE
    if not args.tls_cert and args.host not in ("127.0.0.1", "::1", "localhost"):
        print(
            "Zonder TLS luistert de server alleen op 127.0.0.1 (achter een proxy met TLS). / "
            "Without TLS the server listens on 127.0.0.1 only (behind a TLS proxy)."
        )
        return EXIT_USAGE
    serve(
        resolve_url(args.db),
        key_file=key_file(args),
        host=args.host,
        port=args.port,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        workers=args.workers,
    )
    return EXIT_OK
