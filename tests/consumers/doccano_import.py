"""Run inside doccano's own environment: import JSONL files with doccano's import code into fresh
projects and print what doccano stored, as JSON.

    python doccano_import.py WORKDIR FORM:FILE ...     FORM: labels | relations | quotes

``labels`` and ``relations`` go into projects left at doccano's defaults (overlapping spans off;
relations on for the relation form); ``quotes`` into one that allows overlapping spans.
"""

import json
import os
import sys
from pathlib import Path

import backend

sys.path.insert(0, os.path.dirname(backend.__file__))  # doccano's Django apps are top-level modules
work = Path(sys.argv[1])
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.development")
os.environ["DATABASE_URL"] = f"sqlite:///{work / 'doccano.sqlite3'}"
os.environ["MEDIA_ROOT"] = str(work / "media")

import django  # noqa: E402

django.setup()
from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)
from data_import.datasets import load_dataset  # noqa: E402
from data_import.pipeline.catalog import RELATION_EXTRACTION, create_file_format  # noqa: E402
from data_import.pipeline.readers import FileName  # noqa: E402
from examples.models import Example  # noqa: E402
from labels.models import Relation, Span  # noqa: E402
from projects.models import ProjectType, SequenceLabelingProject  # noqa: E402

user = User.objects.create_superuser("ci", "ci@example.invalid", "annotator-ci-only")
report = {}
for argument in sys.argv[2:]:
    form, _, file = argument.partition(":")
    project = SequenceLabelingProject.objects.create(
        name=form, project_type=ProjectType.SEQUENCE_LABELING, created_by=user,
        use_relation=form != "labels", allow_overlapping=form == "quotes")
    task = ProjectType.SEQUENCE_LABELING if form == "labels" else RELATION_EXTRACTION
    name = Path(file).name
    dataset = load_dataset(task, create_file_format("JSONL"), [FileName(full_path=file, generated_name=name,
                                                                          upload_name=name)], project)
    dataset.save(user, batch_size=1000)
    examples = []
    for example in Example.objects.filter(project=project).order_by("id"):
        spans = Span.objects.filter(example=example)
        examples.append({
            "text": example.text, "meta": example.meta,
            "spans": sorted([s.start_offset, s.end_offset, s.label.text] for s in spans),
            "relations": sorted([[r.from_id.start_offset, r.from_id.end_offset], [r.to_id.start_offset, r.to_id.end_offset],
                                 r.type.text] for r in Relation.objects.filter(example=example))})
    report[form] = {"errors": [error.dict() for error in dataset.errors], "examples": examples}
print(json.dumps(report, ensure_ascii=False))
