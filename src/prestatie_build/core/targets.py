"""The references to a document's targets, and a target's redline.

A change names an agreement, a section or a list; every output that shows one points at it
and names it through the one :class:`~prestatie_build.core.model.TargetRef` built here (its
name from :mod:`prestatie_build.core.naming`). A :class:`TargetRedline` is such a target with
its text before and after: what the change report shows change by change, and the review
year by year.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import (
    DOCUMENTS_ANCHOR,
    DOCUMENTS_TARGET,
    Article,
    Chapter,
    TargetRef,
    goals_anchor,
    goals_target,
)
from .naming import APPENDIX_CHAPTER, DOCUMENTS_LIST, article_name, goals_name
from .richtext import layout_text, plain_text
from .worddiff import Redline, TextChange, word_diff


def article_ref(article: Article, chapter: Chapter) -> TargetRef:
    """An agreement or section of ``chapter``."""
    return TargetRef(
        kind="agreement" if article.is_agreement else "section",
        key=article.key,
        title=article_name(article),
        chapter=chapter.id,
        chapter_title=chapter.title,
        anchor=article.anchor,
    )


def goals_ref(chapter: Chapter) -> TargetRef:
    """A chapter's goals list."""
    return TargetRef(
        kind="list",
        key=goals_target(chapter.id),
        title=goals_name(chapter.title),
        chapter=chapter.id,
        chapter_title=chapter.title,
        anchor=goals_anchor(chapter.id),
    )


DOCUMENTS_REF = TargetRef(
    kind="list",
    key=DOCUMENTS_TARGET,
    title=DOCUMENTS_LIST,
    chapter="",
    chapter_title=APPENDIX_CHAPTER,
    anchor=DOCUMENTS_ANCHOR,
)
"""The documents appendix: a list in no chapter."""


@dataclass(frozen=True, slots=True)
class TargetRedline:
    """A target with its text before and after, compared word by word.

    Make one with :func:`target_redline`, which computes the redline from the two texts.
    """

    target: TargetRef
    before: str
    """The old text (Markdown); empty when the target is new."""
    after: str
    """The new text; empty when the target's text is gone."""
    redline: Redline

    @property
    def text_change(self) -> TextChange:
        """What happened to the target's text: see :attr:`Redline.text_change`."""
        return self.redline.text_change

    @property
    def shown(self) -> Redline:
        """The redline of the rendered texts (see :mod:`.richtext`): what a reader compares.

        :attr:`redline` compares the Markdown source, for the JSON record and the review's
        decision whether a text changed; every "was / wordt" a person reads shows this one.
        """
        return word_diff(self.shown_before, self.shown_after)

    @property
    def shown_before(self) -> str:
        """The old text as a reader sees it: the layout of its Markdown (see :mod:`.richtext`)."""
        return self._shown(self.before)

    @property
    def shown_after(self) -> str:
        """The new text as a reader sees it."""
        return self._shown(self.after)

    def _shown(self, text: str) -> str:
        # The review's facts are plain lines, not Markdown: they show as written.
        return plain_text(text) if self.target.kind == "metadata" else layout_text(text)

    @property
    def shown_change(self) -> TextChange:
        """What a reader sees happen: a change of markup alone shows the new text unmarked."""
        change = self.shown.text_change
        if change == "unchanged" and self.text_change != "unchanged":
            return "new"
        return change


def target_redline(target: TargetRef, before: str, after: str) -> TargetRedline:
    """The target's redline from ``before`` to ``after``."""
    return TargetRedline(target, before, after, word_diff(before, after))
