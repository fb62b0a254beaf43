"""Running the server under uvicorn: one or more worker processes, each with its own pool.

The configuration travels in environment variables so that uvicorn's worker processes
(``--workers N``) build the same application (``from_environment``); nothing else is
shared between them, or between instances behind a load balancer, but the database.
"""

import os
from pathlib import Path

import uvicorn
from fastapi import FastAPI

ENV_DB = "BEWUSTWERVEN_SERVER_DB"
ENV_KEY_FILE = "BEWUSTWERVEN_SERVER_KEY_FILE"
HEALTHCHECK_SECONDS = 30


def from_environment() -> FastAPI:
    from bewustwerven.server.app import create_app
    from bewustwerven.services.app import ensure_default_profile
    from bewustwerven.store.db import open_database

    key_file = os.environ.get(ENV_KEY_FILE)
    db = open_database(
        os.environ[ENV_DB], key_file=Path(key_file) if key_file else None, upgrade=False
    )
    ensure_default_profile(db)
    return create_app(db)


def serve(
    db: str,
    *,
    key_file: Path | None,
    host: str = "127.0.0.1",
    port: int = 8443,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
    workers: int = 1,
) -> None:
    os.environ[ENV_DB] = db
    if key_file is not None:
        os.environ[ENV_KEY_FILE] = str(key_file)
    uvicorn.run(
        "bewustwerven.server.run:from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        ssl_certfile=str(tls_cert) if tls_cert else None,
        ssl_keyfile=str(tls_key) if tls_key else None,
        proxy_headers=True,
        # A worker busy with requests answers the supervisor's ping late; uvicorn's 5 s
        # would kill it mid-request (every open connection reset) just when it is loaded.
        timeout_worker_healthcheck=HEALTHCHECK_SECONDS,
        server_header=False,
        log_level="info",
    )
