from __future__ import annotations

from relay_codegen.cli import main

raise SystemExit(main())
