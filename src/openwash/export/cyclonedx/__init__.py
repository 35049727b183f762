"""`openwash export cyclonedx`: a CycloneDX 1.6 ML-BOM of the release, built with cyclonedx-python-lib.

The same evidence as the SPDX and MOT exports (the report, plus the card's metadata from
`export.release`), written as CycloneDX:

- the model is `metadata.component` (type `machine-learning-model`, bom-ref `model`) with its
  declared licences (`acknowledgement: declared`: the card's `license:` and licence files for
  the weights) and the licence openwash concludes for the final weights (`concluded`), a
  `pkg:huggingface/…` purl when the card links the Hub, and openwash's verdict as properties;
- its base models as `pedigree.ancestors` (a fine-tune, adapter, merge or quantisation is a
  derivative of them), with the terms openwash's lineage table gives them;
- each training dataset the card names (front-matter `datasets:` and well-known datasets named
  in prose) as a `data` component with the terms recorded in data/datasets.json; the model
  depends on them (`dependencies`), and `modelCard.modelParameters.datasets` refers to them;
- the evidence files as `file` components with SHA-1 and SHA-256 (small files only: a weight
  body is never read; a Git LFS pointer gives the SHA-256 of the object it stands for);
- a `modelCard`: task, architecture (from config.json), inputs and outputs (from
  `pipeline_tag`), the card's `model-index` results as performance metrics, and the card's
  limitations and intended uses as considerations.

cyclonedx-python-lib 11 has no model for `modelCard` or `component.data` (its issues #912 and
#913), so the library builds and serialises everything else, the two fields are added to its
JSON output, and the whole document is then checked with the library's JSON schema validator
for CycloneDX 1.6 before it is written.

The library is an optional dependency (`pip install openwash[cyclonedx]`); without it the
command stops with a one-line error and exit code 2.

The package's modules, each deciding one thing:

- `card`: what the export reads from the model card and config.json (`CardFacts`);
- `licences`: how a licence is written (an SPDX id as `id`, anything else by name and URL);
- `components`: the components and what each says (the model with its licences, verdict and base
  models; the training datasets; the evidence files and their hashes);
- `model_card`: the `modelCard` and `data` fields the library has no model for, as JSON;
- `document`: the BOM around the components, its JSON with those fields added, the schema
  validation and the rendered text; whether the library is installed.

Every public name stays importable from `openwash.export.cyclonedx`; importing the package loads
none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash import lazy_package

if TYPE_CHECKING:  # the names, for type checkers; at run time __getattr__ imports each on first use
    from openwash.export.cyclonedx.card import (
        MAX_METRICS as MAX_METRICS,
        MAX_TEXT as MAX_TEXT,
        CardFacts as CardFacts,
        card_facts as card_facts,
    )
    from openwash.export.cyclonedx.components import MODEL_REF as MODEL_REF, bom_ref as bom_ref
    from openwash.export.cyclonedx.document import (
        INSTALL_HINT as INSTALL_HINT,
        SPEC_VERSION as SPEC_VERSION,
        CycloneDxExportError as CycloneDxExportError,
        available as available,
        build as build,
        render as render,
        validate as validate,
    )

# name -> the module of this package that defines it
_WHERE: dict[str, str] = {
    "MAX_METRICS": "card", "MAX_TEXT": "card", "CardFacts": "card", "card_facts": "card",
    "MODEL_REF": "components", "bom_ref": "components",
    "INSTALL_HINT": "document", "SPEC_VERSION": "document", "CycloneDxExportError": "document",
    "available": "document", "build": "document", "render": "document", "validate": "document",
}
_MODULES = frozenset({"card", "licences", "components", "model_card", "document"})


__getattr__, __dir__ = lazy_package.attach(__name__, _WHERE, _MODULES)
