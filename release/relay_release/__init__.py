"""Release tooling of the Relay suite (not published): build, check and smoke-test the artifacts, the
breaking-change gate, the release and the publish steps. Run through nox: build, breaking, release,
publish (noxfile.py)."""
