// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

// One type per component schema of the spec. Field names are the wire names (snake_case).

/**
 * A stable error code:
 * - `unauthenticated` (401): the key is missing or wrong.
 * - `not_found` (404): no such resource.
 * - `validation_failed` (422): a field is invalid; see `errors[]`.
 */
export type ErrorCode = "unauthenticated" | "not_found" | "validation_failed";

export interface FieldError {
  /** JSON pointer to the field. */
  pointer: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  request_id: string;
  errors?: Array<FieldError>;
}

/** A folder's colour. */
export type Colour = "red" | "green" | "blue";

export interface Folder {
  id: string;
  name: string;
  /** A field named after a Python keyword. */
  class: string;
  /** A field named after a Python builtin. */
  type: "folder";
  colour: Colour | null;
  parent_id?: string | null;
  /** Free-form, named by its title. */
  metadata?: Record<string, unknown> | null;
  created_at?: string;
  children: Array<Folder>;
}

export interface FolderList {
  data: Array<Folder>;
  has_more: boolean;
  next_cursor: string | null;
}

export interface FolderCreateRequest {
  name: string;
  colour?: Colour;
  parent_id?: string;
  class?: string;
}

export interface FolderCreatedEvent {
  type: "folder.created";
  data: Folder;
}

export interface FolderDeletedEvent {
  type: "folder.deleted";
  data: {
    id: string;
  };
}

export interface MessageRequest {
  text: string;
  stream?: boolean;
}

export interface Message {
  id: string;
  text: string;
}

export interface MessageDelta {
  type: "delta";
  text: string;
}

export interface MessageDone {
  type: "done";
  message_id: string;
}

/** An event of a streamed reply. */
export type MessageEvent = MessageDelta | MessageDone;

export interface Health {
  status: "ok";
}
