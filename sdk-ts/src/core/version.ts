// written by scripts/build.mjs from package.json — edit the version there
export const VERSION = "1.0.0";
