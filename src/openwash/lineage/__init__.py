"""Model lineage: which base model's terms govern these weights.

A derived model (fine-tune, LoRA/QLoRA adapter, merge, quantisation, distill) cannot
relax its base model's terms (DOMAIN.md §8). This stage finds every base model a
repository names and resolves it, through mirrors and re-uploads, to a model family
and version and the terms that govern it (`data/lineage.json`).

Public API
- `find_base_models(ctx) -> list[BaseModelRef]`: every base-model reference, in document
  order, strongest signal first per model. Called by the engine after the licence stage.
- `resolve(model_id) -> Resolution | None`: one id or name ("unsloth/Llama-3.2-1B-bnb-4bit",
  "Qwen2.5-3B-Instruct", "Stable Diffusion v1.5") to a family/version and its terms.
- `inherited_terms(base_models) -> list[BaseModelRef]`: the resolved references whose
  terms the weights inherit, most restrictive first. Metadata (front matter, adapter and
  merge configs, the card template's "Finetuned from" line) wins; prose, labels, tables
  and code count only when no metadata resolves. The profiles stage reads
  `inherited_terms(ctx.base_models)[0].family` (when the list is not empty) as the
  inherited `weights_license_family`; `most_restrictive(...)` returns that first element.

Signals (`BaseModelRef.signal`): "front-matter" (`base_model:`, string or list, with
`base_model_relation`), "adapter-config" (`adapter_config.json` `base_model_name_or_path`),
"mergekit" (`base_model`, `models[].model`, `slices[].sources[].model`), "template-line"
("Finetuned from model [optional]:"), "label" ("Base model: …", "基座模型：…"), "table"
(a "Base Model" column or row), "prose" ("fine-tuned from", "a LoRA adapter for",
"continued pre-training of", "基于 … 微调", "在 … 的基础上"), "code" (`base_model = "…"`,
the `from_pretrained` ids next to `PeftModel`), "own-name" (only when nothing else resolves: the
release's own name starting with a versioned family under non-OSI terms, `Gemma-2-Swahili`). A bare
Hub link is not a signal: a list of "other models" names models the release does not descend from.

Local paths and placeholder ids are reported with `unresolvable` set, never guessed, except a local
path whose last folder is a known versioned model (docs/lineage.md, "Unresolvable").
References that point at the repository's own publisher (Meta's `llama` repository
linking to its own checkpoints) are dropped unless they come from metadata.

Everything here reads text and JSON/YAML as data; nothing from the repository is
imported or executed.

The package's modules, each deciding one thing:

- `families`: the family table (`data/lineage.json`) and which family, version and terms an id
  or name resolves to;
- `ids`: which strings are model ids, which cannot be resolved (local paths, placeholders), and
  where prose mentions a model;
- `configs`: the base models structured files name (front matter, adapter configs, training
  recipes, mergekit configs);
- `code_refs`: the base models code and training commands in a card name;
- `labels`: the base models labels ("Base model: X") and tables name;
- `signals`: the base-model references a card's prose makes (derivation wording, "original"
  models) and the body reader that feeds each reader;
- `stage`: all references of a repository, minus its own checkpoints, and the terms the
  weights inherit.

Every name stays importable from `openwash.lineage`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash import lazy_package

if TYPE_CHECKING:  # the names, for type checkers; at run time __getattr__ imports each on first use
    from openwash.lineage.families import (
        Entry as Entry,
        METADATA_SIGNALS as METADATA_SIGNALS,
        Resolution as Resolution,
        _HUB_PREFIX as _HUB_PREFIX,
        _SIGNAL_STRENGTH as _SIGNAL_STRENGTH,
        entries as entries,
        entry as entry,
        normalize as normalize,
        resolve as resolve,
    )
    from openwash.lineage.ids import (
        _BARE_ID as _BARE_ID,
        _CODE_ID as _CODE_ID,
        _FAMILY_STEMS as _FAMILY_STEMS,
        _HF_LINK as _HF_LINK,
        _HUB_ID as _HUB_ID,
        _LOCAL_PATH as _LOCAL_PATH,
        _MAX_RAW as _MAX_RAW,
        _MENTION as _MENTION,
        _PLACEHOLDER as _PLACEHOLDER,
        _STEM_SEARCH as _STEM_SEARCH,
        _STEM_WORDS as _STEM_WORDS,
        _first_mention as _first_mention,
        _make_ref as _make_ref,
        _names_a_model as _names_a_model,
        is_model_name as is_model_name,
        unresolvable_reason as unresolvable_reason,
    )
    from openwash.lineage.code_refs import (
        _CODE_ASSIGN as _CODE_ASSIGN,
        _FROM_PRETRAINED as _FROM_PRETRAINED,
        _YAML_BASE as _YAML_BASE,
        _code_refs as _code_refs,
    )
    from openwash.lineage.configs import (
        _adapter_config_refs as _adapter_config_refs,
        _front_matter_refs as _front_matter_refs,
        _line_of as _line_of,
        _mergekit_refs as _mergekit_refs,
    )
    from openwash.lineage.labels import (
        _CELL_START as _CELL_START,
        _LABELS as _LABELS,
        _LABEL_CELL as _LABEL_CELL,
        _LABEL_LINE as _LABEL_LINE,
        _TEMPLATE_LINE as _TEMPLATE_LINE,
        _label_refs as _label_refs,
        _table_refs as _table_refs,
    )
    from openwash.lineage.signals import (
        MAX_MODEL_LINES as MAX_MODEL_LINES,
        _Body as _Body,
        _CODE_WORDS as _CODE_WORDS,
        _EN_DERIVATION as _EN_DERIVATION,
        _EN_POSTFIX as _EN_POSTFIX,
        _LABEL_WORDS as _LABEL_WORDS,
        _MAX_LINE as _MAX_LINE,
        _NEWS_LINE as _NEWS_LINE,
        _NOT_WEIGHTS as _NOT_WEIGHTS,
        _ORIGINAL as _ORIGINAL,
        _OTHER_SUBJECT as _OTHER_SUBJECT,
        _PEFT_WORDS as _PEFT_WORDS,
        _SENTENCE_END as _SENTENCE_END,
        _ZH_ADVERBIAL_AFTER as _ZH_ADVERBIAL_AFTER,
        _ZH_AFTER as _ZH_AFTER,
        _ZH_DERIVATION_VERB as _ZH_DERIVATION_VERB,
        _ZH_NOT_DERIVATION as _ZH_NOT_DERIVATION,
        _ZH_PREFIX as _ZH_PREFIX,
        _last_mention as _last_mention,
        _markdown_refs as _markdown_refs,
        _merged as _merged,
        _numbers_of as _numbers_of,
        _original_refs as _original_refs,
        _prose_refs as _prose_refs,
        _relation as _relation,
        _sentence_after as _sentence_after,
    )
    from openwash.lineage.stage import (
        MAX_OWN_MODELS as MAX_OWN_MODELS,
        _CLI_ID as _CLI_ID,
        _KAGGLE_LINK as _KAGGLE_LINK,
        _MODELSCOPE_LINK as _MODELSCOPE_LINK,
        _covered_by_specific as _covered_by_specific,
        _dedupe as _dedupe,
        _is_self_reference as _is_self_reference,
        _own_owners as _own_owners,
        describe as describe,
        family_floor as family_floor,
        find_base_models as find_base_models,
        inherited_terms as inherited_terms,
        most_restrictive as most_restrictive,
        own_family_models as own_family_models,
    )

# name -> the module of this package that defines it
_WHERE: dict[str, str] = {
    "Entry": "families", "METADATA_SIGNALS": "families", "Resolution": "families", "_HUB_PREFIX": "families",
    "_SIGNAL_STRENGTH": "families", "entries": "families", "entry": "families", "normalize": "families",
    "resolve": "families",
    "_BARE_ID": "ids", "_CODE_ID": "ids", "_FAMILY_STEMS": "ids", "_HF_LINK": "ids", "_HUB_ID": "ids",
    "_LOCAL_PATH": "ids", "_MAX_RAW": "ids", "_MENTION": "ids", "_PLACEHOLDER": "ids", "_STEM_SEARCH": "ids",
    "_STEM_WORDS": "ids", "_first_mention": "ids", "_make_ref": "ids", "_names_a_model": "ids",
    "is_model_name": "ids", "unresolvable_reason": "ids",
    "MAX_MODEL_LINES": "signals", "_Body": "signals", "_CELL_START": "labels", "_CODE_ASSIGN": "code_refs",
    "_CODE_WORDS": "signals", "_EN_DERIVATION": "signals", "_EN_POSTFIX": "signals", "_FROM_PRETRAINED":
    "code_refs", "_LABELS": "labels", "_LABEL_CELL": "labels", "_LABEL_LINE": "labels", "_LABEL_WORDS":
    "signals", "_MAX_LINE": "signals", "_NEWS_LINE": "signals", "_NOT_WEIGHTS": "signals", "_ORIGINAL":
    "signals", "_OTHER_SUBJECT": "signals", "_PEFT_WORDS": "signals", "_SENTENCE_END": "signals",
    "_TEMPLATE_LINE": "labels", "_YAML_BASE": "code_refs", "_ZH_ADVERBIAL_AFTER": "signals", "_ZH_AFTER":
    "signals", "_ZH_DERIVATION_VERB": "signals", "_ZH_NOT_DERIVATION": "signals", "_ZH_PREFIX": "signals",
    "_adapter_config_refs": "configs", "_code_refs": "code_refs", "_front_matter_refs": "configs",
    "_label_refs": "labels", "_last_mention": "signals", "_line_of": "configs", "_markdown_refs": "signals",
    "_merged": "signals", "_mergekit_refs": "configs", "_numbers_of": "signals", "_original_refs": "signals",
    "_prose_refs": "signals", "_relation": "signals", "_sentence_after": "signals", "_table_refs": "labels",
    "MAX_OWN_MODELS": "stage", "_CLI_ID": "stage", "_KAGGLE_LINK": "stage", "_MODELSCOPE_LINK": "stage",
    "_covered_by_specific": "stage", "_dedupe": "stage", "_is_self_reference": "stage", "_own_owners":
    "stage", "describe": "stage", "family_floor": "stage", "find_base_models": "stage", "inherited_terms":
    "stage", "most_restrictive": "stage", "own_family_models": "stage",
}
_MODULES = frozenset({"families", "ids", "labels", "signals", "configs", "code_refs", "stage"})


__getattr__, __dir__ = lazy_package.attach(__name__, _WHERE, _MODULES)
