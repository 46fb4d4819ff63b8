"""The guardian's local API: a versioned JSON API on a Unix-domain socket.

:mod:`breachdesk.api.server` runs inside ``breachdesk serve`` (aiohttp on a ``UnixSite``)
and learns each caller's uid from the kernel (``SO_PEERCRED``); :mod:`breachdesk.api.client`
is the small typed httpx client; :mod:`breachdesk.api.backend` gives the CLI and the
dashboard one interface, over the socket or (embedded mode) straight to the service.
"""

API_VERSION = "v1"
