"""Deterministic, rule-based intent extraction for chat (no model download).

``IntentExtractor`` is the seam: a model-backed extractor implements the same ``extract`` method.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

CAPABILITIES = (
    "send an email to ada@example.com about lunch",
    'post "deploy finished" to https://hooks.example.com/relay',
    "create a calendar event Team sync on 2030-01-15 at 10:00",
    "message the team channel the build is green",
)


@dataclass(frozen=True)
class Intent:
    reply: str
    action_id: str | None = None
    params: dict[str, Any] = field(default_factory=dict)


class IntentExtractor(Protocol):
    def extract(self, message: str) -> Intent: ...


_EMAIL = re.compile(
    r"\bsend (?:an? )?e-?mail to (?P<to>[^\s,;]+@[^\s,;]+?)(?:[.,;!?])?(?:\s+(?:about|re|regarding)\s+(?P<about>.+?))?[.!?]?$",
    re.IGNORECASE,
)
_POST = re.compile(r"\bpost\s+(?P<what>.+?)\s+to\s+(?P<url>https?://\S+?)[.!?]?$", re.IGNORECASE)
_EVENT = re.compile(
    r"\bcreate (?:a |an )?(?:calendar )?event\s+(?:called |named |for )?(?P<title>.+?)\s+"
    r"(?:on|at)\s+(?P<when>\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2})?(?:\s+at\s+\d{1,2}:\d{2})?)",
    re.IGNORECASE,
)
_TEAM = re.compile(
    r"\bmessage the team(?: channel)?(?:\s*[:,-]\s*|\s+(?:saying|that|with)\s+|\s+)(?P<text>.+?)[.!]?$",
    re.IGNORECASE,
)


def _when(raw: str) -> datetime:
    raw = raw.strip()
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2}))?(?:\s+at\s+(\d{1,2}):(\d{2}))?$", raw)
    if not m:
        raise ValueError(raw)
    day = datetime.fromisoformat(m.group(1)).replace(tzinfo=UTC)
    hour = m.group(2) or m.group(4) or "9"
    minute = m.group(3) or m.group(5) or "0"
    return day.replace(hour=int(hour), minute=int(minute))


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


class RuleBasedExtractor:
    def extract(self, message: str) -> Intent:
        text = " ".join(message.split())
        if m := _EMAIL.search(text):
            about = (m.group("about") or "").strip()
            subject = about[:1].upper() + about[1:] if about else "Hello"
            return Intent(
                reply=f"I can send that email to {m.group('to')}. Review the preview and confirm.",
                action_id="email.send",
                params={
                    "to": m.group("to"),
                    "subject": subject[:200],
                    "body": f"Hi, about {about}." if about else "Hi!",
                },
            )
        if m := _POST.search(text):
            what = m.group("what").strip().strip("\"'")
            return Intent(
                reply=f"I can post that to {m.group('url')}. Review the preview and confirm.",
                action_id="webhook.post",
                params={"url": m.group("url"), "payload": {"text": what}},
            )
        if m := _EVENT.search(text):
            try:
                start = _when(m.group("when"))
            except ValueError:
                start = None
            if start is not None:
                title = m.group("title").strip().strip("\"'")
                return Intent(
                    reply=f'I can create the event "{title}". Review the preview and confirm.',
                    action_id="google.calendar.create_event",
                    params={
                        "summary": title,
                        "start": _iso(start),
                        "end": _iso(start + timedelta(minutes=30)),
                    },
                )
        if m := _TEAM.search(text):
            return Intent(
                reply="I can post that to the team channel. Review the preview and confirm.",
                action_id="microsoft.teams.send_message",
                params={"team_id": "default", "channel_id": "general", "text": m.group("text").strip()},
            )
        examples = "; ".join(f'"{c}"' for c in CAPABILITIES)
        return Intent(
            reply="I can send emails, post to webhooks, create calendar events and message your team channel. "
            f"Try for example: {examples}."
        )
