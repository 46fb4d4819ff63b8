"""Shipped default configuration, installed as ``breachdesk.defaults``."""
