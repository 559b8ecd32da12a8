"""Generate from an inline spec, import the generated server package, and use it."""

from __future__ import annotations

import importlib
import shutil
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from relay_codegen.cli import main

SPEC = textwrap.dedent(
    """\
    openapi: 3.1.0
    info: {title: inline, version: '1'}
    security: [{bearer: []}]
    paths:
      /v1/widgets:
        get:
          operationId: widgets_list
          tags: [widgets]
          summary: List widgets
          description: 'Roles: viewer.'
          x-relay-roles: [viewer]
          x-relay-pagination: cursor
          parameters:
            - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
            - {name: after, in: query, schema: {type: string}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/WidgetList'}
        post:
          operationId: widgets_create
          tags: [widgets]
          summary: Create a widget
          description: 'Roles: admin.'
          x-relay-roles: [admin]
          parameters:
            - {name: Idempotency-Key, in: header, schema: {type: string, maxLength: 255}}
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/WidgetCreate'}
          responses:
            '201':
              description: created
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Widget'}
            '409':
              description: conflict
              content:
                application/problem+json:
                  schema: {type: object}
            '422':
              description: invalid
      /metrics:
        get:
          operationId: metrics_scrape
          tags: [metrics]
          summary: Metrics
          security: []
          responses:
            '200':
              description: ok
              content:
                text/plain: {schema: {type: string}}
    components:
      securitySchemes:
        bearer: {type: http, scheme: bearer}
      schemas:
        WidgetCreate:
          type: object
          required: [name, enabled]
          properties:
            name: {type: string, minLength: 1}
            enabled: {type: boolean}
            size: {type: integer, minimum: 1}
        Widget:
          type: object
          required: [id, name]
          properties:
            id: {type: string, pattern: '^wid_[a-z2-7]{24}$'}
            name: {type: string}
        WidgetList:
          type: object
          required: [data, has_more, next_cursor]
          properties:
            data: {type: array, items: {$ref: '#/components/schemas/Widget'}}
            has_more: {type: boolean}
            next_cursor: {type: ['string', 'null']}
    """
)


@pytest.fixture
def generated(tmp_path: Path) -> Iterator[tuple[ModuleType, ModuleType]]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--only", "server-routes"]) == 0
    # Import under a unique package name so nothing clashes with an installed relay_server.
    pkg_root = tmp_path / "importroot"
    shutil.copytree(out / "server/src/relay_server/_generated", pkg_root / "gen_functional")
    sys.path.insert(0, str(pkg_root))
    try:
        routes = importlib.import_module("gen_functional.routes")
        models = importlib.import_module("gen_functional.models")
        yield routes, models
    finally:
        sys.path.remove(str(pkg_root))
        for name in [m for m in sys.modules if m.startswith("gen_functional")]:
            del sys.modules[name]


def test_route_table(generated: tuple[ModuleType, ModuleType]) -> None:
    routes, models = generated
    ops = {op.operation_id: op for op in routes.OPERATIONS}
    assert list(ops) == ["widgets_list", "widgets_create", "metrics_scrape"]
    assert routes.OPERATIONS_BY_ID["widgets_create"] is ops["widgets_create"]

    listing = ops["widgets_list"]
    assert (listing.http_method, listing.path, listing.roles) == ("GET", "/v1/widgets", ("viewer",))
    assert listing.paginated and not listing.idempotency_key
    assert [p.name for p in listing.params] == ["limit", "after"]
    assert listing.params[0].schema == {"type": "integer", "minimum": 1, "maximum": 100}
    assert listing.response_model is models.WidgetList

    create = ops["widgets_create"]
    assert create.resource == "widgets" and create.method_name == "create"
    assert create.request_model is models.WidgetCreate
    assert create.request_content_type == "application/json"
    assert create.success_status == 201
    assert create.error_statuses == (409, 422)
    assert create.idempotency_key is True

    scrape = ops["metrics_scrape"]
    assert scrape.roles == ()
    assert scrape.response_model is None
    assert scrape.success_content_types == ("text/plain",)


def test_request_bodies_carry_their_json_schema(generated: tuple[ModuleType, ModuleType]) -> None:
    """The server validates with the route table's schemas alone: inlined, with required-ness."""
    routes, _ = generated
    create = routes.OPERATIONS_BY_ID["widgets_create"]
    assert create.request_required is True
    assert create.request_schema == {
        "type": "object",
        "required": ["name", "enabled"],
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "enabled": {"type": "boolean"},
            "size": {"type": "integer", "minimum": 1},
        },
    }
    listing = routes.OPERATIONS_BY_ID["widgets_list"]
    assert listing.request_schema is None and listing.request_required is False


def test_models_are_typed_dicts_of_the_schemas(generated: tuple[ModuleType, ModuleType]) -> None:
    _, models = generated
    assert models.WidgetCreate.__required_keys__ == {"name", "enabled"}
    assert models.WidgetCreate.__optional_keys__ == {"size"}
    assert models.WidgetList.__required_keys__ == {"data", "has_more", "next_cursor"}
    # a TypedDict is a dict at run time: what the server parsed from JSON is the typed value
    assert models.WidgetCreate(name="w", enabled=True) == {"name": "w", "enabled": True}


def test_parameters_get_a_typed_dict_per_location(generated: tuple[ModuleType, ModuleType]) -> None:
    routes, models = generated
    listing = routes.OPERATIONS_BY_ID["widgets_list"]
    assert listing.query_model is models.WidgetsListQuery
    assert listing.path_model is None and listing.headers_model is None
    assert models.WidgetsListQuery.__optional_keys__ == {"limit", "after"}
    # Idempotency-Key is the request pipeline's, not the handler's: no headers model
    assert routes.OPERATIONS_BY_ID["widgets_create"].headers_model is None
