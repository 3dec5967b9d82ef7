"""Validate KGX JSON Lines against the Biolink Model with the Biolink Model Toolkit (bmt),
offline: the schema is the biolink_model.yaml shipped in the pinned `biolink-model` package,
and any network connection is refused.

Usage: python validate_kgx.py NODES.jsonl EDGES.jsonl

Errors (exit 1): a category that is not a Biolink class, or is deprecated, abstract or a
mixin; a predicate that is not a Biolink predicate, or is deprecated, a mixin or not
canonical; a property that is not a Biolink slot; a qualifier, knowledge level or agent type
outside its enum; a missing required field; an edge whose subject or object is not a node.
Warnings (printed, exit 0): a node id whose prefix is not among its category's id_prefixes.
The nodes with the crate's own prefix `calcification:` (no ontology id confirmed) are counted.
"""

import importlib.resources
import json
import socket
import sys


def refuse(*_args, **_kwargs):
    raise RuntimeError("validate_kgx: network access attempted; the validation must run offline")


socket.socket.connect = refuse  # prove that nothing is fetched

from bmt import Toolkit  # noqa: E402

SCHEMA = importlib.resources.files("biolink_model.schema") / "biolink_model.yaml"
# bmt fetches the predicate map from GitHub unless given one; the checks below do not use it.
tk = Toolkit(schema=str(SCHEMA), predicate_map={"predicate mappings": []})

ENUM_SLOTS = {
    "subject_aspect_qualifier": "GeneOrGeneProductOrChemicalEntityAspectEnum",
    "object_aspect_qualifier": "GeneOrGeneProductOrChemicalEntityAspectEnum",
    "subject_direction_qualifier": "DirectionQualifierEnum",
    "object_direction_qualifier": "DirectionQualifierEnum",
    "causal_mechanism_qualifier": "CausalMechanismQualifierEnum",
    "knowledge_level": "KnowledgeLevelEnum",
    "agent_type": "AgentTypeEnum",
}
NODE_REQUIRED = ["id", "category"]
EDGE_REQUIRED = ["subject", "predicate", "object", "knowledge_level", "agent_type"]
# KGX's own record fields that are not Biolink slots.
KGX_FIELDS = {"id", "category"}

errors = []
warnings = []
# Nodes with the crate's own prefix (no ontology id could be confirmed): counted, not listed.
CRATE_PREFIX = "calcification"
own = []


def element(curie):
    name = curie.removeprefix("biolink:")
    return tk.get_element(name) if curie.startswith("biolink:") else None


def check_element(where, kind, curie, is_kind):
    """The Biolink element `curie` if it is a current `kind` (category or predicate), else None."""
    e = element(curie)
    if e is None or not is_kind(curie):
        errors.append(f"{where}: {kind} {curie!r} is not a Biolink {kind}")
        return None
    if e.deprecated:
        errors.append(f"{where}: {kind} {curie!r} is deprecated in Biolink {tk.get_model_version()}")
        return None
    return e


def check_category(where, curie):
    e = check_element(where, "category", curie, tk.is_category)
    if e is not None and (e.abstract or e.mixin):
        errors.append(f"{where}: category {curie!r} is abstract or a mixin")
    return e


def check_predicate(where, curie):
    e = check_element(where, "predicate", curie, tk.is_predicate)
    if e is not None and e.mixin:
        errors.append(f"{where}: predicate {curie!r} is a mixin")
    elif e is not None and "canonical_predicate" not in (e.annotations or {}) and not e.symmetric:
        errors.append(f"{where}: predicate {curie!r} is not canonical (use its inverse)")


def check_slot(where, name, value):
    slot = tk.get_element(name)
    if name not in KGX_FIELDS and (slot is None or not tk.view.get_slot(slot.name)):
        errors.append(f"{where}: {name!r} is not a Biolink slot")
        return
    if slot is not None and slot.deprecated:
        errors.append(f"{where}: slot {name!r} is deprecated")
    if name in ENUM_SLOTS:
        allowed = tk.view.get_enum(ENUM_SLOTS[name]).permissible_values
        if value not in allowed:
            errors.append(f"{where}: {name} {value!r} is not a value of {ENUM_SLOTS[name]}")


def read(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{path}:{number}: not JSON: {e}")


def main(nodes_path, edges_path):
    ids = set()
    n_nodes = n_edges = 0
    for number, node in read(nodes_path):
        n_nodes += 1
        where = f"{nodes_path}:{number} ({node.get('id')})"
        for field in NODE_REQUIRED:
            if field not in node:
                errors.append(f"{where}: missing required {field!r}")
        categories = node.get("category", [])
        if not isinstance(categories, list) or not categories:
            errors.append(f"{where}: category must be a non-empty list")
            categories = []
        prefix = str(node.get("id", "")).split(":", 1)[0]
        for curie in categories:
            e = check_category(where, curie)
            if prefix == CRATE_PREFIX:
                own.append(node.get("id"))
            elif e is not None and e.id_prefixes and prefix not in e.id_prefixes:
                warnings.append(f"{node.get('id')}: prefix {prefix} is not among the id_prefixes of {curie}")
        for name, value in node.items():
            check_slot(where, name, value)
        ids.add(node.get("id"))
    for number, edge in read(edges_path):
        n_edges += 1
        where = f"{edges_path}:{number} ({edge.get('id')})"
        for field in EDGE_REQUIRED:
            if field not in edge:
                errors.append(f"{where}: missing required {field!r}")
        check_predicate(where, edge.get("predicate", ""))
        if "qualified_predicate" in edge:
            check_predicate(where, edge["qualified_predicate"])
        for end in ("subject", "object"):
            if edge.get(end) not in ids:
                errors.append(f"{where}: {end} {edge.get(end)!r} is not a node")
        if not str(edge.get("primary_knowledge_source", "infores:")).startswith("infores:"):
            errors.append(f"{where}: primary_knowledge_source must be an infores CURIE")
        for name, value in edge.items():
            check_slot(where, name, value)
    for w in warnings:
        print(f"warning: {w}")
    if own:
        print(f"note: {len(own)} nodes use the crate's own prefix {CRATE_PREFIX}: (no ontology id confirmed)")
    for e in errors:
        print(f"error: {e}")
    version = tk.get_model_version()
    if errors:
        print(f"validate_kgx: {len(errors)} error(s) in {n_nodes} nodes and {n_edges} edges (Biolink {version})")
        return 1
    print(
        f"validate_kgx: {n_nodes} nodes and {n_edges} edges valid against Biolink {version} "
        f"(bmt, biolink-model package, offline); {len(warnings)} warning(s)"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
