"""Delegation Desk: plan and run an official business delegation abroad, offline."""

__version__ = "0.1.0"
