"""What every document renderer shares: fonts, styles, labels, the page template, progress."""

from __future__ import annotations

from typing import ClassVar, Generic, Protocol, TypeVar

from reportlab.platypus import Flowable

from desktop.documents.labels import Labels
from desktop.documents.pages import BODY, DocumentTemplate
from desktop.documents.progress import Progress
from desktop.documents.reproducible import invariant
from desktop.documents.sections import Context
from desktop.documents.styles import make_styles


class _TripData(Protocol):
    @property
    def trip(self): ...  # type: ignore[no-untyped-def]  # anything with a ``name``


D = TypeVar("D", bound=_TripData)


class Renderer(Generic[D]):
    """One document, drawn from ``data`` (plain objects gathered in ``data.py``, each with the ``trip``
    it belongs to) and laid out in ``story()``; ``render()`` returns the PDF's bytes."""

    title_key: ClassVar[str]
    first_template: ClassVar[str] = BODY
    with_contents: ClassVar[bool] = False  # a table of contents needs a second layout pass

    def __init__(
        self, data: D, *, lang: str, page_size: str, confidential: bool, prepared_on: object
    ) -> None:
        self.data = data
        self.labels = Labels(lang)
        self.page_size = page_size
        self.confidential = confidential
        self.prepared_on = prepared_on

    @property
    def trip_name(self) -> str:
        return self.data.trip.name

    def document_title(self) -> str:
        return self.labels(self.title_key)

    def story(self, ctx: Context) -> list[Flowable]:
        raise NotImplementedError

    def render(self, progress: Progress | None = None) -> bytes:
        styles = make_styles()
        prepared = f"{self.labels('prepared')} {self.labels.short_date(self.prepared_on)}"  # type: ignore[arg-type]
        doc = DocumentTemplate(
            page_size=self.page_size,
            styles=styles,
            labels=self.labels,
            trip_name=self.trip_name,
            doc_title=self.document_title(),
            confidential=self.confidential,
            prepared=prepared,
            progress=progress or Progress(),
            invariant=invariant(),
            toc_entries=self.with_contents,
            expected_passes=2 if self.with_contents else 1,
        )
        self.doc = doc
        ctx = Context(styles=styles, labels=self.labels, width=doc.frame_width)
        return doc.build_pdf(self.story(ctx), first_template=self.first_template)
