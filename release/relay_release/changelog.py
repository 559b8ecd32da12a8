"""Keep a Changelog (https://keepachangelog.com/en/1.1.0/): turn ``## [Unreleased]`` into a release.

``release_entry`` moves what is under ``## [Unreleased]`` into ``## [X.Y.Z] - YYYY-MM-DD``, adds the
"API changes" list (the Markdown of the breaking-change report) when the package has one, leaves an
empty ``## [Unreleased]`` on top, and keeps the link references at the end of the file current.
"""

from __future__ import annotations

import re

UNRELEASED = "## [Unreleased]"
_SECTION = re.compile(r"^## \[", re.M)
_LINKS = re.compile(r"^\[[^\]]+\]: \S+\s*$", re.M)


class ChangelogError(ValueError):
    pass


def release_entry(
    text: str,
    version: str,
    date: str,
    *,
    api_changes: str | None,
    repository: str,
    previous: str | None,
) -> str:
    start = text.find(UNRELEASED)
    if start < 0:
        raise ChangelogError("no '## [Unreleased]' section")
    if f"## [{version}]" in text:
        raise ChangelogError(f"version {version} is already in the changelog")
    body_start = start + len(UNRELEASED)
    following = _SECTION.search(text, body_start)
    links = _LINKS.search(text, body_start)
    end = min(m.start() for m in (following, links) if m is not None) if (following or links) else len(text)
    body = text[body_start:end].strip("\n")
    parts = [body] if body.strip() else []
    if api_changes is not None:
        parts.append("### API changes\n\n" + api_changes.strip("\n"))
    if not parts:
        parts.append("No changes besides the version.")
    entry = f"{UNRELEASED}\n\n## [{version}] - {date}\n\n" + "\n\n".join(parts) + "\n\n"
    out = text[:start] + entry + text[end:].lstrip("\n")
    return _links(out, version, repository, previous)


def _links(text: str, version: str, repository: str, previous: str | None) -> str:
    body = _LINKS.sub("", text).rstrip("\n")
    existing = [m.group(0).strip() for m in _LINKS.finditer(text)]
    kept = [line for line in existing if not line.startswith("[Unreleased]:")]
    new = [f"[Unreleased]: {repository}/compare/v{version}...HEAD"]
    if previous:
        new.append(f"[{version}]: {repository}/compare/v{previous}...v{version}")
    else:
        new.append(f"[{version}]: {repository}/releases/tag/v{version}")
    return body + "\n\n" + "\n".join(new + kept) + "\n"
