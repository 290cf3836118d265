"""A fixed-seed slice of benchmarks/fuzz.py: mutated inputs through every reader via the CLI."""

import importlib.util
import sys

from ..conftest import REPO


def load_fuzz():
    spec = importlib.util.spec_from_file_location("fuzz_benchmark", REPO / "benchmarks" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_three_hundred_mutants_give_clear_errors_or_valid_files(tmp_path):
    fuzz = load_fuzz()
    tally = fuzz.fuzz(300, seed=1, folder=tmp_path)
    assert tally.tried >= 300
    assert tally.exit_codes[2] > 50 and tally.exit_codes[0] > 50, tally.exit_codes  # it does break things
    assert tally.tracebacks == []
    assert tally.hangs == []
    assert tally.invalid_outputs == []
    assert tally.unnamed_input == []
    assert tally.multi_line == []


def test_every_reader_is_fuzzed(tmp_path):
    fuzz = load_fuzz()
    samples = fuzz.make_samples(tmp_path)
    from annotator.formats import formats

    readable = {f.name for f in formats() if f.read is not None} - {"spacy", "doccano-labels"}
    assert readable <= set(samples), readable - set(samples)
    for reader, path in samples.items():  # every sample is valid to start with
        code, err = fuzz.run_cli(["import", str(path), "--from", reader, "-o", str(tmp_path / "out" / reader)])
        assert code == 0, (reader, err)
