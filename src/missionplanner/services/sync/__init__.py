"""Offline laptops and the cabinet's server (../shared/SYNC.md): the pieces of the sync, one per module.

- merge.py: the three-way merge of one row against the copy both sides last agreed on.
"""
