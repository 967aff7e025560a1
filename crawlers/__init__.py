"""Fetching and parsing news: feeds (RSS/Atom), listing pages of sites without feeds, article pages.

Crawlers only fetch and parse; they return articles and the updated state of each source, and
never touch the store, the NLP models or the alerting layer.
"""
