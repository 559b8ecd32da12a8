export const VERSION = "0.1.0"; // keep in sync with package.json (checked by a test)
