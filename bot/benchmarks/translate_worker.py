"""One backend's half of `attribot bench translate`, run in its own process so its peak memory is its own.

`python -m bot.benchmarks.translate_worker < job.json` loads the model, translates the sentences once per
(beam, batch) configuration with the output length pinned to 1.2 × the input tokens (so random weights decode
exactly as much as real ones would), and prints one JSON line: load time, per-configuration tokens and
seconds, and the process's peak resident memory.

Both backends are credited with the same output: 1.2 × each sentence's own input tokens. A batch decodes to the
length of its longest sentence, so the shorter rows' extra tokens are work thrown away, not translation; counting
them would reward the baseline's arrival-order batches for their padding. With one shared numerator, the
tokens-per-second ratio is exactly the ratio of wall times for the same translated text.

- baseline: what a typical bot does: MarianMTModel in fp32, sentences batched in arrival order,
  `model.generate`, `batch_decode`.
- attribot: the bot's own path: `Translator.translate_many` with its segmentation, length-sorted batching and
  repetition guards, over the model store's CTranslate2 int8 conversion.
"""

from __future__ import annotations

import json
import math
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.translation.backends.base import DecodingOptions

LENGTH_RATIO = 1.2
MODEL_ID = "bench/opus-mt-bench-fr-en"


@dataclass(frozen=True)
class Job:
    backend: str
    models_dir: Path
    sentences: list[str]
    configs: list[tuple[int, int]]  # (beam, batch)
    threads: int

    @classmethod
    def from_json(cls, text: str) -> Job:
        data = json.loads(text)
        return cls(
            backend=data["backend"],
            models_dir=Path(data["models_dir"]),
            sentences=data["sentences"],
            configs=[(int(b), int(n)) for b, n in data["configs"]],
            threads=int(data["threads"]),
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "backend": self.backend,
                "models_dir": str(self.models_dir),
                "sentences": self.sentences,
                "configs": self.configs,
                "threads": self.threads,
            }
        )


def fixed_length(beam: int) -> DecodingOptions:
    return DecodingOptions(
        beam_size=beam, max_length_ratio=LENGTH_RATIO, max_length_margin=0, min_length_ratio=LENGTH_RATIO
    )


def run_baseline(job: Job) -> dict[str, Any]:
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    torch.set_num_threads(job.threads)
    directory = job.models_dir / MODEL_ID.rsplit("/", 1)[-1]
    start = time.perf_counter()
    tokenizer = MarianTokenizer.from_pretrained(str(directory))
    model: Any = MarianMTModel.from_pretrained(str(directory))
    model.eval()
    load_s = time.perf_counter() - start

    def translate(batch: list[str], beam: int) -> None:
        inputs = tokenizer(batch, return_tensors="pt", padding=True)
        length = math.ceil(LENGTH_RATIO * int(inputs["attention_mask"].sum(dim=1).max()))
        output = model.generate(**inputs, num_beams=beam, min_new_tokens=length, max_new_tokens=length + 1)
        tokenizer.batch_decode(output, skip_special_tokens=True)

    tokens = output_tokens([len(ids) for ids in tokenizer(job.sentences)["input_ids"]])
    translate(job.sentences[:1], 1)
    results = []
    for beam, batch_size in job.configs:
        start = time.perf_counter()
        for i in range(0, len(job.sentences), batch_size):
            translate(job.sentences[i : i + batch_size], beam)
        results.append(_config_result(beam, batch_size, tokens, time.perf_counter() - start, len(job.sentences)))
    return {"load_s": load_s, "configs": results}


def output_tokens(input_tokens: list[int]) -> int:
    """The translation's size in target tokens: 1.2 × each sentence's own input, as both backends are credited."""
    return sum(math.ceil(LENGTH_RATIO * count) for count in input_tokens)


def run_attribot(job: Job) -> dict[str, Any]:
    from bot.config import Settings
    from bot.translation import Translator
    from bot.translation.catalog import Catalog, Route
    from bot.translation.store import ModelStore

    catalog = Catalog.from_routes([Route("fr", "en", MODEL_ID, "benchmark")])
    settings = Settings(
        models_dir=job.models_dir, backend="ctranslate2", threads=job.threads, offline=True, max_loaded_models=1
    )
    start = time.perf_counter()
    model = ModelStore(settings, catalog).load(MODEL_ID)
    load_s = time.perf_counter() - start
    tokens = output_tokens(model.count_tokens(job.sentences))

    def translator(beam: int, batch_size: int) -> Translator:
        tuned = settings.with_overrides(beam_size=beam, batch_size=batch_size)
        return Translator(tuned, loader=lambda _model_id: model, catalog=catalog, decoding=fixed_length(beam))

    translator(1, 1).translate_many(job.sentences[:1], "fr", "en")
    results = []
    for beam, batch_size in job.configs:
        start = time.perf_counter()
        translator(beam, batch_size).translate_many(job.sentences, "fr", "en")
        seconds = time.perf_counter() - start
        results.append(_config_result(beam, batch_size, tokens, seconds, len(job.sentences)))
    return {"load_s": load_s, "configs": results}


def _config_result(beam: int, batch_size: int, tokens: int, seconds: float, sentences: int) -> dict[str, Any]:
    return {
        "beam": beam,
        "batch": batch_size,
        "tokens": tokens,
        "seconds": seconds,
        "tokens_per_s": tokens / seconds if seconds else 0.0,
        "latency_ms": 1000 * seconds / sentences if sentences else 0.0,
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory. /proc's VmHWM belongs to the current program image; getrusage's
    ru_maxrss survives exec and would report the parent's peak when that was higher."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    job = Job.from_json(sys.stdin.read())
    result = run_baseline(job) if job.backend == "baseline" else run_attribot(job)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
