"""Licence stage benchmark: knowledge-base load, identification per text, a whole repository.

    python benchmarks/bench_licenses.py [--repeat 15] [--json]

Cold numbers run in a fresh interpreter each time (what the pre-commit hook pays once per
commit); warm numbers are per call in one process. Medians are reported. Texts come from
../shared/corpus when it is there, else from the small built-in MIT text.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("OPENWASH_SHARED", PROJECT.parent / "shared"))
CORPUS = SHARED / "corpus" / "cases"
TEXTS = {
    "MIT (1 KB)": "karpathy__nanoGPT/LICENSE",
    "Apache-2.0 (11 KB)": "allenai__OLMo/LICENSE",
    "Llama 2 licence (7 KB, fingerprint)": "meta-llama__llama/LICENSE",
    "CreativeML OpenRAIL-M (14 KB, fingerprint)": "CompVis__stable-diffusion/LICENSE",
    "ChatGLM-6B licence (4 KB, zh+en)": "THUDM__ChatGLM-6B/MODEL_LICENSE",
    "Modified MIT (1 KB, rider)": "openai__gpt-2/LICENSE",
}
MIT_FALLBACK = (
    "MIT License\n\nCopyright (c) 2024 Example\n\nPermission is hereby granted, free of charge, to any person obtaining a copy "
    "of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction, "
    "including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies "
    "of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\n"
    "The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\n"
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE "
    "WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR "
    "COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR "
    "OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n"
)

_COLD_KNOWLEDGE = """
import time
t0 = time.perf_counter()
from openwash.licenses import knowledge
t1 = time.perf_counter()
entry = knowledge.lookup("Llama 3.1 Community License")
assert entry is not None and knowledge.is_osi_approved("Apache-2.0")
t2 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.3f} {(t2 - t1) * 1000:.3f}")
"""
_COLD_IDENTIFY = """
import sys, time
text = sys.stdin.read()
t0 = time.perf_counter()
from openwash.licenses.identify import identify_text
matches = identify_text(text)
t1 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.3f}")
"""


def _python() -> list[str]:
    return [sys.executable, "-c"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def cold_knowledge(repeat: int) -> dict[str, float]:
    imports, lookups = [], []
    for _ in range(repeat):
        out = subprocess.run(_python() + [_COLD_KNOWLEDGE], capture_output=True, text=True, env=_env(), check=True).stdout
        a, b = (float(x) for x in out.split())
        imports.append(a)
        lookups.append(b)
    return {"import_ms": statistics.median(imports), "first_lookup_ms": statistics.median(lookups)}


def cold_identify(text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        out = subprocess.run(_python() + [_COLD_IDENTIFY], input=text, capture_output=True, text=True, env=_env(), check=True).stdout
        times.append(float(out))
    return statistics.median(times)


def warm_identify(texts: dict[str, str], repeat: int) -> dict[str, dict[str, object]]:
    sys.path.insert(0, str(PROJECT / "src"))
    from openwash.licenses import identify

    results: dict[str, dict[str, object]] = {}
    for label, text in texts.items():
        identify.identify_text(text)  # load the matchers once
        times = []
        for _ in range(repeat):
            identify._CACHE.clear()  # measure the work, not the cache
            start = time.perf_counter()
            matches = identify.identify_text(text)
            times.append((time.perf_counter() - start) * 1000)
        results[label] = {"median_ms": round(statistics.median(times), 3), "result": [m.key for m in matches]}
    return results


def repository(case: Path, repeat: int) -> float:
    sys.path.insert(0, str(PROJECT / "src"))
    from openwash import config, discover, documents
    from openwash.context import CheckContext
    from openwash.licenses import identify
    from openwash.licenses.scan import identify_repository

    cfg = config.load(case)
    inventory = discover.scan(case, cfg)
    ctx = CheckContext(root=case, config=cfg, inventory=inventory)
    for entry in inventory.documents():
        loaded = documents.load(case, entry.path, entry.doc_kind or documents.README)
        if isinstance(loaded, documents.Document):
            ctx.documents.append(loaded)
    times = []
    for _ in range(repeat):
        identify._CACHE.clear()
        start = time.perf_counter()
        identify_repository(ctx)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)
    texts = {label: (CORPUS / rel).read_text(encoding="utf-8") for label, rel in TEXTS.items() if (CORPUS / rel).is_file()}
    if not texts:
        texts = {"MIT (1 KB, built-in)": MIT_FALLBACK}
    first_text = next(iter(texts.values()))
    results: dict[str, object] = {
        "python": sys.version.split()[0],
        "repeat": repeat,
        "knowledge_cold": cold_knowledge(repeat),
        "identify_cold_first_call_ms": cold_identify(first_text, repeat),
        "identify_warm": warm_identify(texts, repeat),
    }
    for case in ("THUDM__ChatGLM-6B", "opencv__opencv_zoo"):
        if (CORPUS / case).is_dir():
            results[f"identify_repository_ms[{case}]"] = round(repository(CORPUS / case, repeat), 3)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"licence stage, median of {repeat} (Python {results['python']})")
    cold = results["knowledge_cold"]
    assert isinstance(cold, dict)
    print(f"  import openwash.licenses.knowledge (fresh process)   {cold['import_ms']:8.2f} ms")
    print(f"  first lookup (loads knowledge.json + spdx.json)      {cold['first_lookup_ms']:8.2f} ms")
    print(f"  first identify_text (loads licenseclassifier)        {results['identify_cold_first_call_ms']:8.2f} ms")
    warm = results["identify_warm"]
    assert isinstance(warm, dict)
    for label, row in warm.items():
        print(f"  identify_text {label:<40} {row['median_ms']:8.2f} ms  -> {row['result']}")
    for key, value in results.items():
        if key.startswith("identify_repository_ms"):
            print(f"  {key:<54} {value:8.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
