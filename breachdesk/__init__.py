"""breachdesk: a breach mailbox for UK health and care."""
__version__ = "0.1.0"
