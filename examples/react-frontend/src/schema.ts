// Turns an action's `input_schema` (JSON Schema 2020-12) into form fields, and form values back into
// the `params` object. Handles what Relay's catalog uses: strings (incl. email / date-time / uri),
// "one address or a list" (oneOf string | array), arrays of strings, numbers, booleans and free objects.

export type FieldKind = "text" | "list" | "json" | "number" | "boolean" | "datetime";

export interface Field {
  name: string;
  kind: FieldKind;
  required: boolean;
  hint: string;
}

type Schema = Record<string, unknown>;

function kindOf(schema: Schema): { kind: FieldKind; hint: string } {
  const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (Array.isArray(variants)) {
    if (variants.some((v) => v.type === "array")) {
      const str = variants.find((v) => v.type === "string");
      return { kind: "list", hint: `one or more${str?.format ? ` ${String(str.format)}` : ""}, comma-separated` };
    }
    return kindOf(variants[0] ?? {});
  }
  switch (schema.type) {
    case "array":
      return { kind: "list", hint: "comma-separated" };
    case "object":
      return { kind: "json", hint: "JSON object" };
    case "integer":
    case "number":
      return { kind: "number", hint: String(schema.type) };
    case "boolean":
      return { kind: "boolean", hint: "" };
    default:
      if (schema.format === "date-time") return { kind: "datetime", hint: "date-time, e.g. 2030-01-15T10:00:00Z" };
      return { kind: "text", hint: schema.format ? String(schema.format) : "" };
  }
}

export function fieldsOf(inputSchema: Schema): Field[] {
  const properties = (inputSchema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((inputSchema.required ?? []) as string[]);
  return Object.entries(properties)
    .map(([name, schema]) => ({ name, required: required.has(name), ...kindOf(schema) }))
    .sort((a, b) => Number(b.required) - Number(a.required)); // required first, then schema order
}

/** Form values → params. Empty optional fields are left out; invalid JSON throws with the field name. */
export function paramsOf(fields: Field[], values: Record<string, string>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = (values[field.name] ?? "").trim();
    if (raw === "") continue;
    switch (field.kind) {
      case "list": {
        const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
        params[field.name] = items.length === 1 ? items[0] : items;
        break;
      }
      case "json":
        try {
          params[field.name] = JSON.parse(raw);
        } catch {
          throw new Error(`${field.name}: not valid JSON`);
        }
        break;
      case "number":
        params[field.name] = Number(raw);
        break;
      case "boolean":
        params[field.name] = raw === "true";
        break;
      default:
        params[field.name] = raw;
    }
  }
  return params;
}
