"""Choices of rows in Vietnamese dictionary order (`core.textfold.collation_key`): "Đất đai"
right after "Dân số", never after "Y tế" as code-point order puts it.

The lists these pickers show are short (the units, agencies, categories or staff of a
province), so they are sorted in Python after the query, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms.models import ModelChoiceIterator

from motcua.core.textfold import collation_key


def collated(rows: Any, label: Any = str) -> list[Any]:
    """The rows sorted by the collation of their labels (`label(row)`), ties by primary key."""
    return sorted(rows, key=lambda row: (collation_key(str(label(row))), getattr(row, "pk", 0)))


class CollatedIterator(ModelChoiceIterator):
    """The choices of a field in the order of its `sort_rows`."""

    def __iter__(self) -> Any:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        sort_rows = getattr(self.field, "sort_rows", None) or (
            lambda rows: collated(rows, self.field.label_from_instance)
        )
        for obj in sort_rows(list(self.queryset)):
            yield self.choice(obj)


class CollatedModelChoiceField(forms.ModelChoiceField):
    """A `ModelChoiceField` whose options come in Vietnamese order of their labels, unless
    the field's `sort_rows` knows better."""

    iterator = CollatedIterator

    def sort_rows(self, rows: list[Any]) -> list[Any]:
        return collated(rows, self.label_from_instance)


class CollatedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A `ModelMultipleChoiceField` whose options come in Vietnamese order of their labels."""

    iterator = CollatedIterator

    def sort_rows(self, rows: list[Any]) -> list[Any]:
        return collated(rows, self.label_from_instance)
