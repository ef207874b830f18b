#!/usr/bin/env bash
# Dependency audit: pip-audit over the project's virtualenv.
#
# Exit 1 only when a known vulnerability is found. When the vulnerability service cannot be
# reached (this workplace reaches the package index but not PyPI's per-version JSON API nor
# api.osv.dev), say so clearly and exit 0: an offline machine must not fail CI for that.
#
#   scripts/audit.sh                 # PyPI advisory service (default)
#   AUDIT_SERVICE=osv scripts/audit.sh
set -uo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-.venv/bin/python}
SERVICE=${AUDIT_SERVICE:-pypi}
TIMEOUT=${AUDIT_TIMEOUT:-15}
OUT=$(mktemp)
ERR=$(mktemp)
trap 'rm -f "$OUT" "$ERR"' EXIT

if ! "$PY" -m pip_audit --version >/dev/null 2>&1; then
    echo "audit: pip-audit is not installed in $PY's environment (pip install -e '.[dev]'); skipped"
    exit 0
fi

# -l: only this venv's packages; --skip-editable: pantau itself is not on PyPI
"$PY" -m pip_audit -l --skip-editable --progress-spinner off -s "$SERVICE" \
    --timeout "$TIMEOUT" -f json -o "$OUT" 2>"$ERR"
RC=$?

"$PY" - "$OUT" "$ERR" "$RC" "$SERVICE" <<'EOF'
import json
import sys

out_path, err_path, rc, service = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
err = open(err_path, encoding="utf-8", errors="replace").read()
try:
    report = json.load(open(out_path, encoding="utf-8"))
except (OSError, ValueError):
    report = None

if report is None:
    unreachable = any(word in err for word in ("ConnectionError", "NameResolution", "Timeout", "Max retries"))
    last = err.strip().splitlines()[-1] if err.strip() else f"exit code {rc}"
    if unreachable:
        print(f"audit: the vulnerability service ({service}) is unreachable from this machine; "
              f"nothing was audited. ({last})")
        sys.exit(0)
    print(f"audit: pip-audit failed: {last}")
    sys.exit(1)

deps = report.get("dependencies", [])
audited = [d for d in deps if "vulns" in d]
skipped = [d for d in deps if "skip_reason" in d]
vulnerable = [d for d in audited if d["vulns"]]
if deps and not audited:
    print(f"audit: the vulnerability service ({service}) answered for none of {len(deps)} packages "
          f"(e.g. {skipped[0]['skip_reason']!r}); it is unreachable or not served by this package "
          f"index, so nothing was audited.")
    sys.exit(0)
for dep in vulnerable:
    for vuln in dep["vulns"]:
        fixes = ", ".join(vuln.get("fix_versions", [])) or "no fix yet"
        print(f"VULNERABLE {dep['name']} {dep['version']}: {vuln['id']} (fixed in: {fixes})")
print(f"audit: {len(audited)} packages audited, {len(skipped)} skipped, "
      f"{len(vulnerable)} with known vulnerabilities (service: {service})")
sys.exit(1 if vulnerable else 0)
EOF
