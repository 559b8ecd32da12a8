"""Write the shared JSON test vectors in ``contract-tests/vectors/``.

Run ``python contract-tests/vectors/tools/generate_vectors.py`` from the repository root; pass
``--check`` to verify the committed files match (exit 1 otherwise). Webhook signatures are computed
here with the standard library only (HMAC-SHA256, base64), so the committed JSON is reproducible and
does not depend on any SDK or server code. Output is deterministic: fixed inputs, sorted keys.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import sys
from pathlib import Path
from typing import Any

VECTORS_DIR = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------------
# webhook_signatures.json
# --------------------------------------------------------------------------------------------------

NOW = 1795315200  # 2026-11-22T02:40:00Z, the fixed "now" of every webhook case
TOLERANCE = 300

SECRET_BYTES = bytes(range(1, 33))  # 32 fixed bytes
SECRET = "whsec_" + base64.b64encode(SECRET_BYTES).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(bytes(range(101, 133))).decode()

MSG_ID = "msg_2t5y7hq6c3k4m8n9p0r1s2v3w4"
BODY = json.dumps(
    {
        "created_at": "2026-11-22T02:39:58Z",
        "data": {
            "action_id": "email.send",
            "execution_id": "exe_abcdefghijklmnopqrstuvwx",
            "status": "succeeded",
        },
        "id": "evt_abcdefghijklmnopqrstuvwx",
        "type": "execution.succeeded",
    },
    separators=(",", ":"),
    sort_keys=True,
)
UNICODE_BODY = '{"text":"caf\u00e9 \u2014 \u65e5\u672c \U0001f680","type":"test"}'


def sign(secret: str, msg_id: str, timestamp: str, body: str) -> str:
    key = base64.b64decode(secret[len("whsec_") :])
    to_sign = f"{msg_id}.{timestamp}.{body}".encode()
    return "v1," + base64.b64encode(hmac.new(key, to_sign, hashlib.sha256).digest()).decode()


def wh_case(
    name: str,
    description: str,
    *,
    headers: dict[str, str],
    payload: str = BODY,
    secret: str = SECRET,
    now: int = NOW,
    error: str | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "description": description,
        "secret": secret,
        "payload": payload,
        "headers": headers,
        "now": now,
        "expected": {"valid": True} if error is None else {"valid": False, "error": error},
    }


def std_headers(
    *, ts: int = NOW, msg_id: str = MSG_ID, body: str = BODY, secret: str = SECRET
) -> dict[str, str]:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": sign(secret, msg_id, str(ts), body),
    }


def webhook_vectors() -> dict[str, Any]:
    good = std_headers()
    sig_good = good["webhook-signature"]
    cases: list[dict[str, Any]] = []

    # Known-answer case published with the Standard Webhooks / Svix reference libraries.
    svix_secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    svix_id, svix_ts, svix_body = (
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "1614265330",
        '{"test": 2432232314}',
    )
    svix_sig = sign(svix_secret, svix_id, svix_ts, svix_body)
    assert svix_sig == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", svix_sig
    cases.append(
        wh_case(
            "reference_known_answer",
            "The reference example of the Standard Webhooks libraries (signature known in advance).",
            secret=svix_secret,
            payload=svix_body,
            headers={
                "webhook-id": svix_id,
                "webhook-timestamp": svix_ts,
                "webhook-signature": svix_sig,
            },
            now=int(svix_ts) + 10,
        )
    )
    cases.append(wh_case("valid", "A correctly signed event, timestamp equal to now.", headers=good))
    cases.append(
        wh_case(
            "valid_unicode_body",
            "Non-ASCII payload: the HMAC is over the UTF-8 bytes of the body.",
            payload=UNICODE_BODY,
            headers=std_headers(body=UNICODE_BODY),
        )
    )
    cases.append(
        wh_case(
            "valid_header_names_mixed_case",
            "Header names are case-insensitive.",
            headers={
                "Webhook-Id": good["webhook-id"],
                "Webhook-Timestamp": good["webhook-timestamp"],
                "Webhook-Signature": sig_good,
            },
        )
    )
    cases.append(
        wh_case(
            "tampered_body",
            "The body was changed after signing (one character).",
            payload=BODY.replace("succeeded", "failed", 1),
            headers=good,
            error="invalid_signature",
        )
    )
    cases.append(
        wh_case(
            "tampered_id",
            "The webhook-id header differs from the one that was signed.",
            headers={**good, "webhook-id": "msg_other"},
            error="invalid_signature",
        )
    )
    cases.append(
        wh_case(
            "wrong_secret",
            "Signed with another endpoint's secret.",
            headers=std_headers(secret=OTHER_SECRET),
            error="invalid_signature",
        )
    )
    ts_old = NOW - TOLERANCE
    cases.append(
        wh_case(
            "timestamp_at_tolerance_past",
            "Exactly 300 s old: still accepted (the limit is inclusive).",
            headers=std_headers(ts=ts_old),
        )
    )
    cases.append(
        wh_case(
            "expired",
            "301 s old (validly signed): rejected as too old.",
            headers=std_headers(ts=NOW - TOLERANCE - 1),
            error="timestamp_too_old",
        )
    )
    cases.append(
        wh_case(
            "expired_long_ago",
            "One day old (validly signed): rejected as too old.",
            headers=std_headers(ts=NOW - 86400),
            error="timestamp_too_old",
        )
    )
    cases.append(
        wh_case(
            "timestamp_at_tolerance_future",
            "Exactly 300 s in the future: still accepted.",
            headers=std_headers(ts=NOW + TOLERANCE),
        )
    )
    cases.append(
        wh_case(
            "future",
            "301 s in the future (validly signed): rejected as too new.",
            headers=std_headers(ts=NOW + TOLERANCE + 1),
            error="timestamp_too_new",
        )
    )
    cases.append(
        wh_case(
            "invalid_timestamp",
            "A timestamp that is not an integer number of seconds.",
            headers={**good, "webhook-timestamp": "2026-11-22T02:40:00Z"},
            error="invalid_timestamp",
        )
    )
    other_sig = sign(OTHER_SECRET, MSG_ID, str(NOW), BODY)
    cases.append(
        wh_case(
            "multiple_signatures_one_valid",
            "Several space-separated signatures (key rotation); the valid one is not first.",
            headers={**good, "webhook-signature": f"{other_sig} {sig_good}"},
        )
    )
    cases.append(
        wh_case(
            "multiple_signatures_none_valid",
            "Several signatures, none made with this secret.",
            headers={
                **good,
                "webhook-signature": other_sig + " " + sign(OTHER_SECRET, MSG_ID, str(NOW), "{}"),
            },
            error="invalid_signature",
        )
    )
    cases.append(
        wh_case(
            "multiple_signatures_with_other_versions",
            "A v1a (asymmetric) entry and a malformed entry are skipped; the v1 entry matches.",
            headers={
                **good,
                "webhook-signature": "v1a," + base64.b64encode(b"x" * 64).decode() + " garbage " + sig_good,
            },
        )
    )
    cases.append(
        wh_case(
            "non_v1_version_only",
            "The right HMAC but labelled v2: only v1 entries are compared, so nothing matches.",
            headers={**good, "webhook-signature": "v2," + sig_good[len("v1,") :]},
            error="invalid_signature",
        )
    )
    cases.append(
        wh_case(
            "signature_without_version",
            "The bare base64 HMAC without a 'v1,' prefix is not accepted.",
            headers={**good, "webhook-signature": sig_good[len("v1,") :]},
            error="invalid_signature",
        )
    )
    cases.append(
        wh_case(
            "signature_truncated",
            "A prefix of the right signature must not match (full-length constant-time compare).",
            headers={**good, "webhook-signature": sig_good[:20]},
            error="invalid_signature",
        )
    )
    for header in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        cases.append(
            wh_case(
                f"missing_{header.replace('-', '_')}",
                f"The {header} header is absent.",
                headers={k: v for k, v in good.items() if k != header},
                error="missing_header",
            )
        )
    cases.append(
        wh_case(
            "empty_signature_header",
            "webhook-signature is present but empty.",
            headers={**good, "webhook-signature": ""},
            error="invalid_signature",
        )
    )

    return {
        "description": (
            "Standard Webhooks signature verification. See README.md for the format and the order of checks."
        ),
        "tolerance_seconds": TOLERANCE,
        "error_kinds": [
            "missing_header",
            "invalid_timestamp",
            "timestamp_too_old",
            "timestamp_too_new",
            "invalid_signature",
        ],
        "cases": cases,
    }


# --------------------------------------------------------------------------------------------------
# sse_streams.json
# --------------------------------------------------------------------------------------------------


def ev(data: str, event: str = "message", id: str = "", retry: int | None = None) -> dict[str, Any]:
    return {"event": event, "data": data, "id": id, "retry": retry}


def sse_vectors() -> dict[str, Any]:
    cases: list[dict[str, Any]] = []

    def add(name: str, description: str, chunks: list[str], events: list[dict[str, Any]]) -> None:
        cases.append(
            {
                "name": name,
                "description": description,
                "chunks": chunks,
                "events": events,
            }
        )

    add(
        "single_event",
        "One data line, blank line dispatches.",
        ["data: hello\n\n"],
        [ev("hello")],
    )
    add(
        "named_event_json",
        "A chat-style event with an event name and JSON data.",
        ['event: message.delta\ndata: {"type":"message.delta","delta":"Hi"}\n\n'],
        [ev('{"type":"message.delta","delta":"Hi"}', event="message.delta")],
    )
    add(
        "multi_line_data",
        "Several data lines are joined with LF.",
        ["data: line one\ndata: line two\ndata: line three\n\n"],
        [ev("line one\nline two\nline three")],
    )
    add(
        "empty_data_line",
        "'data:' with an empty value still dispatches, with empty data.",
        ["data:\n\n"],
        [ev("")],
    )
    add(
        "data_empty_lines_between",
        "Empty data lines contribute empty lines to the joined data.",
        ["data: a\ndata:\ndata: b\n\n"],
        [ev("a\n\nb")],
    )
    add(
        "comments_ignored",
        "Lines starting with ':' are comments (keep-alives), also between events.",
        [": keep-alive\n\n", ": ping\ndata: x\n: more\n\n", ":\n\n"],
        [ev("x")],
    )
    add(
        "crlf_line_endings",
        "CRLF ends lines.",
        ["event: a\r\ndata: 1\r\n\r\ndata: 2\r\n\r\n"],
        [ev("1", event="a"), ev("2")],
    )
    add(
        "cr_line_endings",
        "A lone CR ends lines.",
        ["data: 1\rdata: 2\r\rdata: 3\r\r"],
        [ev("1\n2"), ev("3")],
    )
    add(
        "mixed_line_endings",
        "LF, CR and CRLF mixed in one stream.",
        ["data: a\r\ndata: b\rdata: c\n\r\ndata: d\r\r\n"],
        [ev("a\nb\nc"), ev("d")],
    )
    add(
        "cr_at_chunk_end_then_lf",
        "A CR at the end of a chunk followed by LF at the start of the next is ONE line end.",
        ["data: a\r", "\ndata: b\r", "\n\r", "\n"],
        [ev("a\nb")],
    )
    add(
        "cr_at_chunk_end_then_other",
        "A CR at a chunk's end followed by a non-LF character is a line end on its own.",
        ["data: a\r", "data: b\r", "\r"],
        [ev("a\nb")],
    )
    add(
        "cr_at_chunk_end_then_cr",
        "A CR at a chunk's end followed by CR: two line ends (the second dispatches).",
        ["data: a\r", "\r"],
        [ev("a")],
    )
    add(
        "split_anywhere",
        "An event split across chunks mid-field and mid-value.",
        ["da", "ta: hel", "lo wor", "ld\n", "\n"],
        [ev("hello world")],
    )
    add(
        "one_char_chunks",
        "Every character in its own chunk, CRLF line ends.",
        list("event: e\r\ndata: v\r\n\r\n"),
        [ev("v", event="e")],
    )
    add(
        "leading_bom_stripped",
        "One U+FEFF at the very start of the stream is ignored.",
        ["\ufeffdata: x\n\n"],
        [ev("x")],
    )
    add(
        "leading_bom_in_own_chunk",
        "The BOM arrives as its own chunk.",
        ["\ufeff", "data: x\n\n"],
        [ev("x")],
    )
    add(
        "second_bom_not_stripped",
        "Only one BOM is stripped: the second makes the first field name unknown.",
        ["\ufeff\ufeffdata: x\n\ndata: y\n\n"],
        [ev("y")],
    )
    add(
        "bom_not_at_start",
        "A BOM after the start of the stream is not stripped (it becomes part of a field name).",
        ["data: x\n\n\ufeffdata: y\n\ndata: z\n\n"],
        [ev("x"), ev("z")],
    )
    add(
        "one_leading_space_stripped",
        "Exactly one space after the colon is removed; further spaces are kept.",
        ["data:no space\n\n", "data: one\n\n", "data:  two\n\n", "data:\tTab\n\n"],
        [ev("no space"), ev("one"), ev(" two"), ev("\tTab")],
    )
    add(
        "colon_in_value",
        "The line is split at the first colon only.",
        ["data: a: b:c\n\n"],
        [ev("a: b:c")],
    )
    add(
        "field_without_colon",
        "A line without a colon is a field name with an empty value ('data' appends an empty line).",
        ["data\n\n", "data\ndata\n\n", "data: x\ndata\n\n"],
        [ev(""), ev("\n"), ev("x\n")],
    )
    add(
        "unknown_fields_ignored",
        "Unknown field names, and names differing in case, are ignored.",
        ["foo: bar\nData: no\nEVENT: no\ndata: ok\n\n"],
        [ev("ok")],
    )
    add(
        "event_type_resets_between_events",
        "The event name applies to one event only; the default is 'message'.",
        ["event: first\ndata: 1\n\ndata: 2\n\n"],
        [ev("1", event="first"), ev("2")],
    )
    add(
        "last_event_wins_for_event_field",
        "A later 'event' line in the same block replaces an earlier one.",
        ["event: a\nevent: b\ndata: x\n\n"],
        [ev("x", event="b")],
    )
    add(
        "empty_event_name_is_message",
        "'event:' with an empty value means the default type.",
        ["event:\ndata: x\n\n"],
        [ev("x")],
    )
    add(
        "no_data_no_dispatch",
        "A block with no data field dispatches nothing (its event name is discarded).",
        ["event: lonely\n\n", "data: x\n\n"],
        [ev("x")],
    )
    add(
        "id_persists",
        "The last event id persists across later events until changed.",
        ["id: 1\ndata: a\n\ndata: b\n\nid: 2\ndata: c\n\n"],
        [ev("a", id="1"), ev("b", id="1"), ev("c", id="2")],
    )
    add(
        "id_set_by_block_without_data",
        "An id in a block that dispatches nothing still updates the last event id.",
        ["id: 7\n\ndata: a\n\n"],
        [ev("a", id="7")],
    )
    add(
        "id_empty_resets",
        "'id:' with an empty value resets the last event id to empty.",
        ["id: 1\ndata: a\n\nid\ndata: b\n\n"],
        [ev("a", id="1"), ev("b", id="")],
    )
    add(
        "id_with_nul_ignored",
        "An id value containing U+0000 is ignored (the previous id persists).",
        ["id: 1\ndata: a\n\nid: 2\u00003\ndata: b\n\n"],
        [ev("a", id="1"), ev("b", id="1")],
    )
    add(
        "retry_valid",
        "retry with only ASCII digits is reported on the event it came with.",
        ["retry: 1500\ndata: a\n\ndata: b\n\n"],
        [ev("a", retry=1500), ev("b")],
    )
    add(
        "retry_invalid_ignored",
        "retry values that are not all ASCII digits are ignored.",
        [
            "retry: 10a\ndata: a\n\n",
            "retry: -5\ndata: b\n\n",
            "retry: 1.5\ndata: c\n\n",
            "retry:  100\ndata: d\n\n",
            "retry:\ndata: e\n\n",
            "retry: 0\ndata: f\n\n",
        ],
        [ev("a"), ev("b"), ev("c"), ev("d"), ev("e"), ev("f", retry=0)],
    )
    add(
        "unterminated_event_discarded",
        "An event not followed by a blank line before EOF is discarded.",
        ["data: complete\n\ndata: partial\n"],
        [ev("complete")],
    )
    add(
        "unterminated_no_newline_discarded",
        "A last line without any line end is discarded too.",
        ["data: complete\n\ndata: partial"],
        [ev("complete")],
    )
    add(
        "trailing_cr_at_eof",
        "The stream ends with 'data: x\\r\\r': both line ends are complete, the event dispatches.",
        ["data: x\r\r"],
        [ev("x")],
    )
    add(
        "empty_stream",
        "No chunks at all.",
        [],
        [],
    )
    add(
        "empty_chunks",
        "Empty chunks are harmless.",
        ["", "data: x\n", "", "\n", ""],
        [ev("x")],
    )
    add(
        "many_events_one_chunk",
        "Several events in a single chunk.",
        ["data: 1\n\ndata: 2\n\nevent: done\ndata: [DONE]\n\n"],
        [ev("1"), ev("2"), ev("[DONE]", event="done")],
    )
    add(
        "unicode_data",
        "Non-ASCII text passes through unchanged.",
        ["data: caf\u00e9 \u65e5\u672c \U0001f680\n\n"],
        [ev("caf\u00e9 \u65e5\u672c \U0001f680")],
    )
    return {
        "description": (
            "WHATWG event-stream parsing. Feed 'chunks' in order to one parser, then signal EOF; "
            "the parser must emit exactly 'events'. See README.md."
        ),
        "cases": cases,
    }


# --------------------------------------------------------------------------------------------------
# retry_decisions.json
# --------------------------------------------------------------------------------------------------


def retry_vectors() -> dict[str, Any]:
    cases: list[dict[str, Any]] = []

    def add(
        name: str,
        *,
        method: str,
        outcome: dict[str, Any],
        key: bool,
        retry: bool,
        headers: dict[str, str] | None = None,
        remaining: int = 2,
    ) -> None:
        cases.append(
            {
                "name": name,
                "method": method,
                "has_idempotency_key": key,
                "outcome": outcome,
                "response_headers": headers or {},
                "retries_remaining": remaining,
                "expected": "retry" if retry else "no_retry",
            }
        )

    def st(status: int, code: str | None = None) -> dict[str, Any]:
        return {"kind": "status", "status": status, "problem_code": code}

    conn = {"kind": "connection_error"}
    tmo = {"kind": "timeout"}

    retryable = [408, 429, 500, 502, 503, 504]
    not_retryable = [400, 401, 403, 404, 405, 413, 415, 422, 501, 505]

    for method in ("GET", "DELETE", "PUT"):
        add(
            f"{method.lower()}_connection_error",
            method=method,
            outcome=conn,
            key=False,
            retry=True,
        )
        add(
            f"{method.lower()}_timeout",
            method=method,
            outcome=tmo,
            key=False,
            retry=True,
        )
        for s in retryable:
            add(
                f"{method.lower()}_{s}",
                method=method,
                outcome=st(s),
                key=False,
                retry=True,
            )
        for s in not_retryable:
            add(
                f"{method.lower()}_{s}",
                method=method,
                outcome=st(s),
                key=False,
                retry=False,
            )
    for s in (200, 201, 204, 304):
        add(f"get_{s}_success", method="GET", outcome=st(s), key=False, retry=False)

    # 409: only the in-flight idempotency conflict is retryable.
    add(
        "post_409_idempotency_in_progress",
        method="POST",
        outcome=st(409, "idempotency_in_progress"),
        key=True,
        retry=True,
    )
    add(
        "post_409_confirm_token_used",
        method="POST",
        outcome=st(409, "confirm_token_used"),
        key=True,
        retry=False,
    )
    add(
        "post_409_no_problem_body",
        method="POST",
        outcome=st(409),
        key=True,
        retry=False,
    )
    add(
        "get_409_conflict",
        method="GET",
        outcome=st(409, "conflict"),
        key=False,
        retry=False,
    )
    add(
        "post_409_idempotency_in_progress_without_key",
        method="POST",
        outcome=st(409, "idempotency_in_progress"),
        key=False,
        retry=False,
    )

    # POST: retried only when it carries an Idempotency-Key.
    for has_key in (True, False):
        k = "with_key" if has_key else "without_key"
        add(
            f"post_{k}_connection_error",
            method="POST",
            outcome=conn,
            key=has_key,
            retry=has_key,
        )
        add(f"post_{k}_timeout", method="POST", outcome=tmo, key=has_key, retry=has_key)
        for s in retryable:
            add(
                f"post_{k}_{s}",
                method="POST",
                outcome=st(s),
                key=has_key,
                retry=has_key,
            )
        for s in (400, 401, 404, 422, 501):
            add(f"post_{k}_{s}", method="POST", outcome=st(s), key=has_key, retry=False)
    add("patch_without_key_503", method="PATCH", outcome=st(503), key=False, retry=False)
    add("patch_with_key_503", method="PATCH", outcome=st(503), key=True, retry=True)

    # x-should-retry overrides the status rules (but never the POST-without-key rule).
    add(
        "get_400_should_retry_true",
        method="GET",
        outcome=st(400),
        key=False,
        retry=True,
        headers={"x-should-retry": "true"},
    )
    add(
        "get_503_should_retry_false",
        method="GET",
        outcome=st(503),
        key=False,
        retry=False,
        headers={"x-should-retry": "false"},
    )
    add(
        "get_429_should_retry_false",
        method="GET",
        outcome=st(429),
        key=False,
        retry=False,
        headers={"x-should-retry": "false"},
    )
    add(
        "post_with_key_404_should_retry_true",
        method="POST",
        outcome=st(404),
        key=True,
        retry=True,
        headers={"x-should-retry": "true"},
    )
    add(
        "post_with_key_500_should_retry_false",
        method="POST",
        outcome=st(500),
        key=True,
        retry=False,
        headers={"x-should-retry": "false"},
    )
    add(
        "post_without_key_500_should_retry_true",
        method="POST",
        outcome=st(500),
        key=False,
        retry=False,
        headers={"x-should-retry": "true"},
    )
    add(
        "get_409_other_should_retry_true",
        method="GET",
        outcome=st(409, "conflict"),
        key=False,
        retry=True,
        headers={"x-should-retry": "true"},
    )
    add(
        "get_500_should_retry_other_value_ignored",
        method="GET",
        outcome=st(500),
        key=False,
        retry=True,
        headers={"x-should-retry": "maybe"},
    )
    add(
        "get_400_should_retry_other_value_ignored",
        method="GET",
        outcome=st(400),
        key=False,
        retry=False,
        headers={"x-should-retry": "1"},
    )
    add(
        "get_503_header_name_case_insensitive",
        method="GET",
        outcome=st(503),
        key=False,
        retry=False,
        headers={"X-Should-Retry": "false"},
    )
    add(
        "get_200_should_retry_true_ignored",
        method="GET",
        outcome=st(200),
        key=False,
        retry=False,
        headers={"x-should-retry": "true"},
    )

    # No retries left: never retry.
    add(
        "get_503_no_retries_left",
        method="GET",
        outcome=st(503),
        key=False,
        retry=False,
        remaining=0,
    )
    add(
        "get_connection_error_no_retries_left",
        method="GET",
        outcome=conn,
        key=False,
        retry=False,
        remaining=0,
    )
    add(
        "get_400_should_retry_true_no_retries_left",
        method="GET",
        outcome=st(400),
        key=False,
        retry=False,
        headers={"x-should-retry": "true"},
        remaining=0,
    )
    add(
        "get_503_one_retry_left",
        method="GET",
        outcome=st(503),
        key=False,
        retry=True,
        remaining=1,
    )

    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    return {
        "description": (
            "Whether a request is retried after an outcome, assuming retries_remaining "
            "attempts are left. See README.md for the rules in order."
        ),
        "retryable_statuses": [408, 409, 429, 500, 502, 503, 504],
        "idempotent_methods": ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"],
        "cases": cases,
    }


# --------------------------------------------------------------------------------------------------
# retry_after.json
# --------------------------------------------------------------------------------------------------

RA_NOW = 1795315200  # Sun, 22 Nov 2026 02:40:00 GMT


def http_date(ts: int) -> str:
    import email.utils

    return email.utils.formatdate(ts, usegmt=True)


def retry_after_vectors() -> dict[str, Any]:
    assert http_date(RA_NOW) == "Sun, 22 Nov 2026 02:40:00 GMT", http_date(RA_NOW)
    cases: list[dict[str, Any]] = []

    def add(name: str, headers: dict[str, str], expected: dict[str, Any]) -> None:
        cases.append({"name": name, "headers": headers, "now": RA_NOW, "expected": expected})

    def delay(s: float) -> dict[str, Any]:
        return {"kind": "delay", "seconds": s}

    backoff = {"kind": "backoff"}
    raise_ = {"kind": "raise"}

    add("absent", {}, backoff)
    add("retry_after_ms", {"retry-after-ms": "1500"}, delay(1.5))
    add("retry_after_ms_fractional", {"retry-after-ms": "250.5"}, delay(0.2505))
    add(
        "retry_after_ms_wins_over_retry_after",
        {"retry-after-ms": "100", "retry-after": "30"},
        delay(0.1),
    )
    add("retry_after_ms_at_limit", {"retry-after-ms": "60000"}, delay(60))
    add("retry_after_ms_over_limit", {"retry-after-ms": "60001"}, raise_)
    add("retry_after_ms_zero", {"retry-after-ms": "0"}, backoff)
    add(
        "retry_after_ms_invalid_falls_back_to_retry_after",
        {"retry-after-ms": "soon", "retry-after": "2"},
        delay(2),
    )
    add("retry_after_ms_negative_invalid", {"retry-after-ms": "-100"}, backoff)
    add("retry_after_ms_empty", {"retry-after-ms": ""}, backoff)
    add("retry_after_seconds", {"retry-after": "3"}, delay(3))
    add("retry_after_seconds_header_case", {"Retry-After": "5"}, delay(5))
    add("retry_after_seconds_whitespace", {"retry-after": " 7 "}, delay(7))
    add("retry_after_seconds_at_limit", {"retry-after": "60"}, delay(60))
    add("retry_after_seconds_over_limit", {"retry-after": "61"}, raise_)
    add("retry_after_seconds_huge", {"retry-after": "86400"}, raise_)
    add("retry_after_seconds_zero", {"retry-after": "0"}, backoff)
    add("retry_after_seconds_negative", {"retry-after": "-1"}, backoff)
    add("retry_after_seconds_fraction_invalid", {"retry-after": "1.5"}, backoff)
    add("retry_after_garbage", {"retry-after": "soon"}, backoff)
    add("retry_after_empty", {"retry-after": ""}, backoff)
    add("retry_after_http_date", {"retry-after": http_date(RA_NOW + 10)}, delay(10))
    add(
        "retry_after_http_date_at_limit",
        {"retry-after": http_date(RA_NOW + 60)},
        delay(60),
    )
    add(
        "retry_after_http_date_over_limit",
        {"retry-after": http_date(RA_NOW + 120)},
        raise_,
    )
    add("retry_after_http_date_now", {"retry-after": http_date(RA_NOW)}, backoff)
    add("retry_after_http_date_past", {"retry-after": http_date(RA_NOW - 30)}, backoff)
    add(
        "retry_after_http_date_not_gmt_invalid",
        {"retry-after": "Sun, 22 Nov 2026 02:40:10"},
        backoff,
    )

    backoff_cases = []
    for n in range(7):
        base = min(0.5 * 2**n, 8.0)
        backoff_cases.append({"retry_number": n, "min_seconds": base * 0.75, "max_seconds": base})
    return {
        "description": (
            "How long to wait before a retry, from the response headers. 'backoff' means: use the "
            "exponential backoff in 'backoff'. See README.md."
        ),
        "max_retry_after_seconds": 60,
        "backoff": {
            "initial_delay_seconds": 0.5,
            "max_delay_seconds": 8.0,
            "jitter_min": 0.75,
            "jitter_max": 1.0,
            "formula": "min(initial_delay_seconds * 2^retry_number, max_delay_seconds) * jitter",
            "cases": backoff_cases,
        },
        "cases": cases,
    }


# --------------------------------------------------------------------------------------------------
# pagination.json
# --------------------------------------------------------------------------------------------------


def pagination_vectors() -> dict[str, Any]:
    def item(i: int) -> dict[str, str]:
        return {"id": f"item_{i}"}

    def page(ids: list[int], has_more: bool, next_cursor: str | None) -> dict[str, Any]:
        return {
            "data": [item(i) for i in ids],
            "has_more": has_more,
            "next_cursor": next_cursor,
        }

    cases = [
        {
            "name": "single_page",
            "params": {},
            "pages": [page([1, 2], False, None)],
            "expected_requests": [{}],
            "expected_items": ["item_1", "item_2"],
        },
        {
            "name": "three_pages",
            "params": {"limit": 2},
            "pages": [
                page([1, 2], True, "cur_a"),
                page([3, 4], True, "cur_b"),
                page([5], False, None),
            ],
            "expected_requests": [
                {"limit": 2},
                {"limit": 2, "after": "cur_a"},
                {"limit": 2, "after": "cur_b"},
            ],
            "expected_items": ["item_1", "item_2", "item_3", "item_4", "item_5"],
        },
        {
            "name": "filters_kept_on_every_page",
            "params": {"limit": 1, "provider": "google"},
            "pages": [page([1], True, "c1"), page([2], False, None)],
            "expected_requests": [
                {"limit": 1, "provider": "google"},
                {"limit": 1, "provider": "google", "after": "c1"},
            ],
            "expected_items": ["item_1", "item_2"],
        },
        {
            "name": "caller_supplied_after",
            "params": {"after": "start"},
            "pages": [page([7], True, "c2"), page([8], False, None)],
            "expected_requests": [{"after": "start"}, {"after": "c2"}],
            "expected_items": ["item_7", "item_8"],
        },
        {
            "name": "empty_first_page",
            "params": {},
            "pages": [page([], False, None)],
            "expected_requests": [{}],
            "expected_items": [],
        },
        {
            "name": "empty_page_in_middle",
            "params": {},
            "pages": [
                page([1], True, "c1"),
                page([], True, "c2"),
                page([2], False, None),
            ],
            "expected_requests": [{}, {"after": "c1"}, {"after": "c2"}],
            "expected_items": ["item_1", "item_2"],
        },
        {
            "name": "has_more_false_ignores_cursor",
            "params": {},
            "pages": [page([1], False, "dangling")],
            "expected_requests": [{}],
            "expected_items": ["item_1"],
        },
        {
            "name": "has_more_without_cursor_stops",
            "params": {},
            "pages": [page([1], True, None)],
            "expected_requests": [{}],
            "expected_items": ["item_1"],
        },
    ]
    return {
        "description": (
            "Cursor pagination: each page response in 'pages' answers the request at the same "
            "index. See README.md."
        ),
        "cases": cases,
    }


FILES = {
    "webhook_signatures.json": webhook_vectors,
    "sse_streams.json": sse_vectors,
    "retry_decisions.json": retry_vectors,
    "retry_after.json": retry_after_vectors,
    "pagination.json": pagination_vectors,
}


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the files differ")
    args = parser.parse_args()
    stale = []
    for name, build in FILES.items():
        text = render(build())
        path = VECTORS_DIR / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print("stale vectors: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
