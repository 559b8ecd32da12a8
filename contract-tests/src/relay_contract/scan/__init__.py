"""Checks run after the contract suite against the reference server it started (see ``runner``)."""
