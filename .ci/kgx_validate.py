"""Validate KGX JSON Lines with the KGX package's own validator (kgx.validator.Validator, as
`kgx validate` runs it), offline: its Biolink Model Toolkit is built from the
biolink_model.yaml of the pinned `biolink-model` package instead of a GitHub download, and
any network connection is refused.

Usage: python kgx_validate.py NODES.jsonl EDGES.jsonl

Prints KGX's report; exits 1 when it has any message of level Error. The crate's own
prefix `calcification:` is added to the Biolink JSON-LD context (see CRATE_PREFIX): without
it, KGX reports every `calcification:` CURIE as an unknown prefix.
"""

import importlib.resources
import json
import socket
import sys
import types


def refuse(*_args, **_kwargs):
    raise RuntimeError("kgx_validate: network access attempted; the validation must run offline")


socket.socket.connect = refuse

import bmt.toolkit  # noqa: E402


class _EmptyPredicateMap:
    text = "predicate mappings: []\n"


# bmt 1.4.x always downloads the predicate map (used for SemMedDB/RO mappings, not by the
# validator); hand it an empty one.
bmt.toolkit.requests = types.SimpleNamespace(get=lambda *_a, **_k: _EmptyPredicateMap())
SCHEMA = importlib.resources.files("biolink_model.schema") / "biolink_model.yaml"
# KGX builds a default Toolkit() when imported: make its default schema the local file.
bmt.toolkit.Toolkit.__init__.__defaults__ = (str(SCHEMA), "local")

import kgx.config  # noqa: E402

# KGX downloads Biolink's JSON-LD context (prefix → IRI) for its PrefixManager; use the prefix
# map shipped in the same biolink-model package.
PREFIX_MAP = importlib.resources.files("biolink_model.prefixmaps") / "biolink-model-prefix-map.json"
# The crate's own prefix (nodes no ontology has an id for, edge ids, original predicates) is
# not in it; register it, as KGX expects of a local namespace.
CRATE_PREFIX = {"calcification": "urn:calcification:"}
kgx.config.jsonld_context_map["biolink"] = json.loads(PREFIX_MAP.read_text(encoding="utf-8")) | CRATE_PREFIX

import kgx.utils.kgx_utils as kgx_utils  # noqa: E402
from kgx.transformer import Transformer  # noqa: E402
from kgx.validator import Validator  # noqa: E402


def main(nodes, edges):
    toolkit = bmt.toolkit.Toolkit(schema=str(SCHEMA))
    version = toolkit.get_model_version()
    # KGX caches one toolkit per release; seed the cache so nothing is fetched.
    kgx_utils._default_toolkit = toolkit
    kgx_utils._toolkit_versions[version] = toolkit
    Validator.set_biolink_model(version)
    validator = Validator()
    Transformer(stream=True).transform(
        input_args={"filename": [nodes, edges], "format": "jsonl"},
        output_args={"format": "null"},
        inspector=validator,
    )
    report = validator.get_errors()
    print(json.dumps(report, indent=1, default=str) if report else "{}")
    errors = validator.get_errors("Error")
    n_errors = sum(len(messages) for kinds in errors.values() for messages in kinds.values()) if errors else 0
    print(f"kgx_validate: KGX {getattr(sys.modules['kgx'], '__version__', '2.7.0')} validator, Biolink {version}: {n_errors} error message(s)")
    return 1 if n_errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
