"""A selection in the article never splits a letter from its accent or an emoji sequence."""

from annotator.model import AnnotationDocument

TEXT = "Saldan\u0303a met 👍🏽 fans in 🇨🇦 today."


def test_a_selection_ending_before_a_combining_mark_takes_the_mark(qtbot, open_window):
    window = open_window(None)
    window.set_document(AnnotationDocument(text=TEXT), None, None)
    window.article.select_span(0, 6)  # "Saldan", the tilde left out
    assert window.article.selected_span() == (0, 8)  # the whole word "Saldan\u0303a" (word snapping too)
    thumb = TEXT.index("👍")
    window.article.select_span(thumb, thumb + 1)  # the thumb without its skin tone
    assert window.article.selected_span() == (thumb, thumb + 2)
    flag = TEXT.index("🇨")
    window.article.select_span(flag, flag + 1)  # half a flag
    assert window.article.selected_span() == (flag, flag + 2)
