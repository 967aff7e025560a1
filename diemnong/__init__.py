"""Điểm Nóng: media monitoring and hot-issue detection for a provincial Department of Education.

This package holds what the stages share (domain types, configuration, text helpers), the
pipeline that wires the stages, and the command line. The stages live beside it: crawlers/, nlp/,
alerting/, store/ and dashboard/.
"""
__version__ = "0.1.0"
