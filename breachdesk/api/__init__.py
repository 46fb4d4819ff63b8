"""The guardian's local API: a versioned JSON API on a Unix-domain socket.

:mod:`breachdesk.api.server` runs inside ``breachdesk serve`` (aiohttp on a ``UnixSite``)
and learns each caller's uid from the kernel (``SO_PEERCRED``); :mod:`breachdesk.api.client`
is the small typed client (stdlib HTTP over the socket); :mod:`breachdesk.api.backend` gives the CLI and the
dashboard one interface, over the socket or (embedded mode) straight to the service.
"""

API_VERSION = "v1"

# an imported message (POST /v1/ingest) is its bytes as the body; where it came from and when it
# was delivered travel in these headers beside it (the label percent-encoded)
LABEL_HEADER, DELIVERED_HEADER, AS_NEW_HEADER = "Breachdesk-Label", "Breachdesk-Delivered", "Breachdesk-As-New"
