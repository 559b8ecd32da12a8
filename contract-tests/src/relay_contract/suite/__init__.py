"""The hand-written contract cases, run by ``relay-contract`` with pytest (see ``conftest.py``)."""
