"""Validate FHIR JSON files with an independent consumer: Python fhir.resources (R4B models).

Usage: validate_fhir.py FILE...  Each file holds a Bundle of DetectedIssue resources (or one
DetectedIssue). Every resource is parsed by fhir.resources' R4B model, which checks element
names, types, cardinalities and required codes; the script fails on the first error.
"""
import json
import sys

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.detectedissue import DetectedIssue


def main(paths):
    count = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if data.get("resourceType") == "Bundle":
            Bundle.parse_obj(data)
            resources = [e["resource"] for e in data.get("entry", [])]
        else:
            resources = [data]
        if not resources:
            sys.exit(f"{path}: expected at least one DetectedIssue, found none")
        for r in resources:
            issue = DetectedIssue.parse_obj(r)
            if issue.status != "final" or issue.severity not in ("low", "moderate", "high"):
                sys.exit(f"{path}: {r.get('id')}: unexpected status or severity")
            count += 1
    print(f"fhir.resources accepted {count} DetectedIssue resources in {len(paths)} files")


if __name__ == "__main__":
    main(sys.argv[1:])
