"""The training panel as a learner uses it: play, pause, step and reset; clicking points onto the
map; the map, the diagram and the loss curves showing the lab's state; editing a weight; the
hidden space; exports and CSV files, good and bad; the theme; the layout at a laptop's size."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage

from actviz.model.training.export import loss_history_csv, network_json
from actviz.views.theme.appearance import Appearance
from actviz.views.training.canvases.map_colors import negative_color, positive_color


def test_play_trains_until_paused_and_step_and_reset_do_what_they_say(panel, qtbot) -> None:
    lab, bar = panel.lab, panel.run_bar
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert lab.running and panel.runner.active and not bar.step.isEnabled()
    qtbot.waitUntil(lambda: lab.epoch >= 20 and panel.redraws >= 2, timeout=20_000)
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert not lab.running and not panel.runner.active
    paused_at = lab.epoch
    qtbot.wait(50)
    assert lab.epoch == paused_at
    qtbot.mouseClick(bar.step, Qt.MouseButton.LeftButton)
    assert lab.epoch == paused_at + 1
    qtbot.waitUntil(lambda: bar.epoch.text() == f"Epoch {paused_at + 1:,}", timeout=3000)
    assert bar.losses.text().startswith("loss: training ")
    qtbot.mouseClick(bar.reset, Qt.MouseButton.LeftButton)
    assert lab.epoch == 0
    panel.space_shortcut.activated.emit()  # Space plays and pauses
    assert lab.running
    panel.space_shortcut.activated.emit()
    assert not lab.running


def test_training_pauses_when_the_lab_is_hidden(panel) -> None:
    panel.lab.play()
    panel.hide()
    assert not panel.lab.running and "Paused" in panel.status.text()


def test_a_fixed_speed_pays_out_the_epochs_owed(panel) -> None:
    runner = panel.runner
    due = [runner.epochs_due(5.0, 0.01) for _ in range(100)]  # one second of 10 ms ticks
    assert sum(due) == 5 and set(due) == {0, 1}
    assert runner.epochs_due(60.0, 10.0) == 6  # after a long stall: no burst to catch up
    assert runner.epochs_due(float("inf"), 0.01) >= 1


def map_pixel(view, x: float, y: float) -> QPoint:
    scene = view.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return view.mapFromScene(scene)


def test_clicking_the_map_adds_a_point_of_the_chosen_class(panel, qtbot) -> None:
    lab, view = panel.lab, panel.map
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=map_pixel(view, 2.0, -3.0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=map_pixel(view, -1.0, 1.0))
    points = lab.drawn_points
    assert len(points) == 2
    np.testing.assert_allclose(points[:, :2], [[2.0, -3.0], [-1.0, 1.0]], atol=0.1)
    assert points[:, 2].tolist() == [1.0, -1.0]  # the chosen class, then the other one
    assert len(view.drawn_points.data) == 2
    brushes = [QColor(b.color()).name() for b in view.drawn_points.data["brush"]]
    assert brushes == [positive_color().name(), negative_color().name()]


def test_a_refused_point_is_explained(panel) -> None:
    panel.map.add_point_at(9.0, 0.0)
    assert len(panel.lab.drawn_points) == 0
    assert "x must be from -6 to 6" in panel.status.text() and panel.status.isVisibleTo(panel)


def test_the_views_show_the_labs_state(panel, qtbot, settle) -> None:
    lab = panel.lab
    lab.step(20)
    settle(panel)
    picture = lab.picture(100)
    lut = panel.map.lut
    i, j = 30, 70
    expected = lut[round((picture.decision[i, j] + 1) / 2 * (len(lut) - 1))]
    np.testing.assert_array_equal(panel.map.image.image[i, j], expected)
    epochs = panel.loss_plot.curves["main:train"].getData()[0]
    assert len(epochs) == 21 and epochs[-1] == 20
    diagram = panel.diagram
    assert [len(column) for column in diagram.units] == [2, 4, 2, 1]
    weights = lab.main.weights
    for (layer, source, target), link in diagram.links.items():
        w = weights[layer][source, target]
        expected = positive_color() if w > 0 else negative_color()
        assert link.pen().color().name() == expected.name()
    widths = {
        abs(weights[k[0]][k[1], k[2]]): link.pen().widthF() for k, link in diagram.links.items()
    }
    ordered = [widths[w] for w in sorted(widths)]
    assert ordered == sorted(ordered)  # a larger weight is never drawn thinner
    lab.set_value("show_test", True)
    assert panel.map.test_points.isVisible() and len(panel.map.test_points.data) == 250
    lab.set_value("discretize", True)
    assert panel.map.lut.shape[0] == 2
    colours = {tuple(c) for c in panel.map.image.image.reshape(-1, 3)}
    assert colours <= {tuple(c) for c in panel.map.lut}


def test_a_new_network_rebuilds_the_diagram_and_marks_dead_units(panel, settle) -> None:
    lab = panel.lab
    lab.choice.set_activation("relu")
    lab.set_hidden((3,))
    state = lab.to_state()
    for row in state["network"]["weights"][0]:
        row[1] = 0.0
    state["network"]["biases"][0][1] = -2.0  # never active on any point: dead
    lab.apply_state(lab.check_state(state, []))
    settle(panel)
    assert [len(column) for column in panel.diagram.units] == [2, 3, 1]
    marks = [unit.mark.text() for unit in panel.diagram.units[1]]
    assert marks == ["", "dead", ""]


def test_clicking_a_link_edits_its_weight(panel, qtbot, type_into, settle) -> None:
    lab, diagram, editor = panel.lab, panel.diagram, panel.weight_editor
    settle(panel)
    link = diagram.links[(1, 2, 0)]
    middle = link.path().pointAtPercent(0.5)
    qtbot.mouseClick(
        diagram.viewport(), Qt.MouseButton.LeftButton, pos=diagram.mapFromScene(middle)
    )
    assert diagram.selected == (1, 2, 0) and editor.key == (1, 2, 0)
    assert "unit 3 of layer 1 to unit 1 of layer 2" in editor.label.text()
    assert editor.entry.value() == pytest.approx(lab.main.weights[1][2, 0], abs=1e-10)
    type_into(editor.entry.spin, "-1.25")
    assert lab.main.weights[1][2, 0] == -1.25
    for bad in ("abc", "nan", "1e9"):
        type_into(editor.entry.spin, bad)
        assert lab.main.weights[1][2, 0] == -1.25 and editor.entry.errorText(), bad
    settle(panel)
    assert diagram.links[(1, 2, 0)].pen().color().name() == negative_color().name()


def test_the_hidden_space_follows_the_two_unit_layers(panel, qtbot, settle) -> None:
    lab, space = panel.lab, panel.hidden_space
    panel.views.setCurrentWidget(space)
    lab.step(5)
    settle(panel)
    assert space.layer.currentData() == 1 and space.plot.isVisible()
    np.testing.assert_allclose(space.points.getData()[0], lab.hidden_space(1).train[:, 0])
    assert "Bending space" in space.explanation.text()
    lab.set_hidden((3, 4))
    assert not space.plot.isVisibleTo(panel) and space.empty.isVisibleTo(panel)
    lab.set_hidden((2, 3, 2))
    assert [space.layer.itemData(i) for i in range(space.layer.count())] == [0, 2]


def test_exports_write_what_the_lab_holds(panel, tmp_path, settle) -> None:
    lab = panel.lab
    lab.set_value("compare_kind", "init")
    lab.step(5)
    settle(panel)
    exports = panel.exports
    assert exports.write("png", str(tmp_path / "map.png"))
    image = QImage(str(tmp_path / "map.png"))
    assert not image.isNull() and image.width() >= 2 * 2 * 300  # both maps, twice the size
    assert exports.write("svg", str(tmp_path / "map.svg"))
    assert ET.parse(tmp_path / "map.svg").getroot().tag.endswith("svg")
    assert exports.write("csv", str(tmp_path / "loss.csv"))
    assert (tmp_path / "loss.csv").read_text() == loss_history_csv(lab)
    assert exports.write("json", str(tmp_path / "net.json"))
    assert json.loads((tmp_path / "net.json").read_text()) == json.loads(network_json(lab))
    assert "Exported net.json" in panel.status.text()
    assert not exports.write("csv", str(tmp_path / "missing" / "loss.csv"))
    assert "Could not export" in panel.status.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "loss.csv",
        "map.png",
        "map.svg",
        "net.json",
    ]  # fmt: skip  (no temporary file left behind)


def test_a_csv_file_with_bad_rows_is_refused_whole(panel, tmp_path) -> None:
    lab = panel.lab
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y,label\n1,2,1\n3,four,1\n5,6\n")
    before = lab.to_state()
    assert not panel.load_csv(bad)
    assert lab.to_state() == before
    assert "line 3" in panel.status.text() and "line 4" in panel.status.text()
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x01")
    assert not panel.load_csv(binary) and "not a text file" in panel.status.text()
    assert not panel.load_csv(tmp_path / "absent.csv") and lab.to_state() == before
    good = tmp_path / "good.csv"
    good.write_text("-2,-2,-1\n2,2,1\n-3,1,-1\n3,-1,1\n")
    assert panel.load_csv(good)
    assert lab.dataset == "points" and "Loaded 4 points" in panel.status.text()
    assert panel.data_controls.dataset.currentData() == "points"


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_lab_follows_the_theme(panel, qtbot, settle, theme) -> None:
    appearance = Appearance()
    appearance.set_theme(theme)
    panel.hide()
    panel.show()  # the views attach to the appearance when shown
    settle(panel)
    dark = theme == "dark"
    for view in (panel.map, panel.loss_plot, panel.diagram):
        corner = view.grab().toImage().pixelColor(2, 2)
        assert (corner.lightness() < 80) == dark, view.objectName()
    neutral = panel.map.lut[len(panel.map.lut) // 2]
    assert (int(neutral[0]) < 80) == dark
    appearance.set_presentation(True)
    assert panel.map.train_points.opts["size"] > 6
    appearance.set_presentation(False)


def test_every_plot_keeps_its_room_at_a_laptops_size(panel, settle) -> None:
    """1366x768 leaves about 1366x700 for a tab: every plot at least 300 px wide."""
    lab = panel.lab
    lab.set_value("compare_kind", "activation")
    settle(panel)
    for view in (panel.map, panel.compare_map, panel.loss_plot, panel.diagram):
        assert view.width() >= 300, (view.objectName(), view.width())
        assert view.height() >= 160, (view.objectName(), view.height())
    assert panel.minimumSizeHint().width() <= 1366
    assert panel.map.width() == pytest.approx(panel.compare_map.width(), abs=2)
