"""Deciding and delivering: hot-issue detection, routing to lead departments, the alert outbox.

The detector returns issues; ``plan_alerts`` turns an issue into messages for its recipients;
notifiers only deliver. Nothing here reads the store or the network except the notifiers.
"""
