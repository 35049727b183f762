"""The lineage table resolves families by version and size (issue 15 §4): Gemma 4 is Apache-2.0
where Gemma 1-3 are under the Gemma Terms of Use, Qwen3 is Apache-2.0 where some Qwen2.5 sizes
are not, the Stability research releases keep their research terms."""

from __future__ import annotations

import pytest

from openwash import lineage

CASES = [
    ("google/gemma-4-31b-it", "gemma-4", "apache-2.0", "osi-approved"),
    ("google/gemma-4-E4B-it", "gemma-4", "apache-2.0", "osi-approved"),
    ("google/gemma-4-26B-A4B", "gemma-4", "apache-2.0", "osi-approved"),
    ("google/gemma-3-27b-it", "gemma-3", "gemma", "vendor-community"),
    ("google/gemma-3n-E4B-it", "gemma-3", "gemma", "vendor-community"),
    ("google/gemma-2-9b", "gemma-2", "gemma", "vendor-community"),
    ("google/gemma-7b", "gemma-1", "gemma", "vendor-community"),
    ("google/codegemma-7b", "gemma-derived", "gemma", "vendor-community"),
    ("google/medgemma-4b-it", "medgemma", "hai-def", "vendor-community"),  # not the Gemma Terms: HAI-DEF's
    ("meta-llama/Llama-4-Scout-17B-16E-Instruct", "llama-4", "llama4", "vendor-community"),
    ("meta-llama/Llama-4-Maverick-17B-128E-Instruct", "llama-4", "llama4", "vendor-community"),
    ("Qwen/Qwen3-8B", "qwen-3", "apache-2.0", "osi-approved"),
    ("Qwen/Qwen3-235B-A22B", "qwen-3", "apache-2.0", "osi-approved"),
    ("Qwen/Qwen2.5-3B-Instruct", "qwen-2.5-3b", "qwen-research", "research-only"),
    ("Qwen/Qwen2.5-72B-Instruct", "qwen-2.5-72b", "qwen", "vendor-community"),
    ("Qwen/Qwen2.5-7B-Instruct", "qwen-2.5", "apache-2.0", "osi-approved"),
    ("Qwen/Qwen2.5-Coder-32B-Instruct", "qwen-2.5", "apache-2.0", "osi-approved"),
    ("stabilityai/stable-diffusion-xl-base-0.9", "sdxl-0.9", "sdxl-0.9-research", "research-only"),
    ("stabilityai/stable-diffusion-xl-refiner-0.9", "sdxl-0.9", "sdxl-0.9-research", "research-only"),
    ("stabilityai/stable-diffusion-xl-base-1.0", "sdxl", "openrail++", "rail"),
    ("stabilityai/stable-video-diffusion-img2vid-xt", "svd", "stabilityai-nc-research", "non-commercial"),
    ("stabilityai/stable-video-diffusion-img2vid-xt-1-1", "svd-1.1", "stabilityai-community", "vendor-community"),
    ("stabilityai/sv3d", "sv3d", "stabilityai-nc-research", "non-commercial"),
    ("stabilityai/stable-diffusion-3.5-large", "sd-3", "stabilityai-community", "vendor-community"),
    ("THUDM/glm-130b", "glm-130b", "glm-130b", "research-only"),
    ("THUDM/chatglm3-6b", "chatglm", "chatglm-6b", "vendor-community"),
    ("THUDM/CogVideoX-5b", "cogvideox-5b", "cogvideox", "vendor-community"),
    ("THUDM/CogVideoX-2b", "cogvideox-2b", "apache-2.0", "osi-approved"),
    ("tencent/Hunyuan-Large", "hunyuan", "tencent-hunyuan", "vendor-community"),
    ("tencent/HunyuanVideo", "hunyuan", "tencent-hunyuan", "vendor-community"),
    ("tencent/Hunyuan3D-2", "hunyuan-3d", "tencent-hunyuan-3d", "vendor-community"),
]


@pytest.mark.parametrize(("model_id", "key", "license_key", "family"), CASES)
def test_version_and_size_decide_the_terms(model_id: str, key: str, license_key: str, family: str) -> None:
    resolution = lineage.resolve(model_id)
    assert resolution is not None, model_id
    assert (resolution.key, resolution.license_key, resolution.family) == (key, license_key, family)


@pytest.mark.parametrize("name", ["Gemma", "google/gemma", "CogVideoX"])
def test_a_family_whose_versions_differ_gives_no_terms_without_a_version(name: str) -> None:
    resolution = lineage.resolve(name)
    assert resolution is not None and resolution.license_key is None and resolution.entry.generic
