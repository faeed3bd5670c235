"""Buttons that open a menu leave room for their arrow, in English and in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from desktop.ui.menu_button import MenuButton


@pytest.mark.parametrize("text", ["New item", "新建日程事项", "Set &status", "设置状态(&S)"])
def test_the_arrow_does_not_touch_the_text(qtbot, text):
    button = MenuButton(text)
    button.setMenu(QMenu(button))
    qtbot.addWidget(button)
    button.show()
    button.adjustSize()
    text_width = button.fontMetrics().horizontalAdvance(text.replace("&", ""))
    # the text is centred; the arrow sits in the bottom-right corner: a whole arrow's width is free there
    assert (button.width() - text_width) / 2 >= button.arrow_width()


def test_the_itinerary_new_item_button_has_room_for_its_arrow(qtbot, context):
    from desktop.ui.itinerary.view import ItineraryView

    view = ItineraryView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    button = view.new_button
    text_width = button.fontMetrics().horizontalAdvance(button.text())
    assert (button.width() - text_width) / 2 >= button.arrow_width()
