package io.upskillplanner.ui.contrast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Walks a scene graph and measures the contrast of everything that carries information: every
 * visible {@link Text} (labels, buttons, table and list cells, text fields and their prompts, chart
 * titles, axis tick labels and legends all draw through one), icon fonts, and the series of charts.
 * Must run on the FX thread, after layout and CSS.
 *
 * <p>The background behind a text is found as the task for this check describes it: the fills of its
 * ancestors from the scene down, each composited over the one below with its alpha and the
 * ancestor's opacity, the scene's fill at the bottom. A background fill counts only where its insets
 * cover the text's centre (a field's 1-px border fill is not what its text sits on); where the text
 * lies outside an ancestor because it is scrolled out of view, the ancestor's fills at its own
 * centre count, which is what the text will be on once scrolled to. A chart bar
 * sits on the chart's plot background, which is not its ancestor, and on anything drawn in the plot
 * before it (the band that marks the goal's industry).
 *
 * <p>Not measured, with the reason: disabled controls (WCAG exempts them); nodes that are not visible
 * or fully transparent, or have no area; a series bar that paints nothing (the transparent "wait
 * before the start" segment that only positions a timeline bar). Text scrolled out of a scroll pane's
 * viewport is measured: the user scrolls to it.
 */
final class ContrastAudit {

    private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";

    private final String theme;
    private final String screen;
    private final List<ContrastMeasurement> measurements = new ArrayList<>();
    private final Map<Tooltip, Node> tooltips = new LinkedHashMap<>();
    private Color sceneFill = Color.WHITE;

    private ContrastAudit(String theme, String screen) {
        this.theme = theme;
        this.screen = screen;
    }

    /** Everything measurable on a window's scene, passing or not. */
    static ContrastAudit of(Scene scene, String theme, String screen) {
        return of(scene, Color.WHITE, theme, screen);
    }

    /**
     * Everything measurable on a popup's scene (a tooltip), which is transparent over {@code under}:
     * the window it pops up from.
     */
    static ContrastAudit of(Scene scene, Color under, String theme, String screen) {
        ContrastAudit audit = new ContrastAudit(theme, screen);
        Color fill = scene.getFill() instanceof Color c ? c : Color.TRANSPARENT;
        audit.sceneFill = WcagContrast.over(fill, under);
        audit.walk(scene.getRoot());
        return audit;
    }

    /** What a window shows where its root draws nothing else: the root's background over the scene's fill. */
    static Color windowBackground(Scene scene) {
        Color fill = scene.getFill() instanceof Color c ? WcagContrast.over(c, Color.WHITE) : Color.WHITE;
        Node root = scene.getRoot();
        return root instanceof Region region ? WcagContrast.fade(fill, fills(region,
                region.localToScene(region.getWidth() / 2, region.getHeight() / 2), fill), region.getOpacity()) : fill;
    }

    List<ContrastMeasurement> measurements() {
        return List.copyOf(measurements);
    }

    /** Tooltips installed on visible nodes, with the node they belong to (to show them from). */
    Map<Tooltip, Node> tooltips() {
        return Map.copyOf(tooltips);
    }

    private void walk(Node node) {
        if (!node.isVisible() || node.getOpacity() <= 0) {
            return;
        }
        collectTooltip(node);
        if (node.isDisabled()) {
            // WCAG 1.4.3 exempts inactive user interface components, and so everything inside them.
            return;
        }
        if (node instanceof Text text) {
            measureText(text);
        }
        if (node instanceof Chart chart) {
            measureSeries(chart);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    private void collectTooltip(Node node) {
        Tooltip tip = node instanceof Control control ? control.getTooltip() : null;
        if (tip == null && node.getProperties().get(TOOLTIP_KEY) instanceof Tooltip installed) {
            tip = installed;
        }
        if (tip != null && tip.getText() != null && !tip.getText().isBlank()) {
            tooltips.putIfAbsent(tip, node);
        }
    }

    // --- text and icons ---

    private void measureText(Text text) {
        String content = text.getText();
        if (content == null || content.isBlank()) {
            return;
        }
        Point2D centre = centre(text);
        Color fill = colour(text.getFill());
        if (centre == null || fill == null) {
            return;
        }
        List<Node> path = pathTo(text);
        Color background = paint(path.subList(0, path.size() - 1), 0, sceneFill, centre, null);
        Color drawn = paint(path, 0, sceneFill, centre, fill);
        boolean icon = text.getStyleClass().contains("ikonli-font-icon");
        Font font = text.getFont();
        boolean bold = font.getStyle().toLowerCase().contains("bold");
        double required = icon ? WcagContrast.LARGE_TEXT_OR_GRAPHIC : WcagContrast.requiredForText(font.getSize(), bold);
        String kind = icon ? "icon" : WcagContrast.isLargeText(font.getSize(), bold) ? "large text" : "text";
        String label = icon ? owner(text) : owner(text) + " \"" + shorten(content) + "\"";
        add(kind, label, drawn, background, required);
    }

    /** The control a skin's text belongs to, named by class, id and style classes, and where it is. */
    private static String owner(Text text) {
        Node owner = text;
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Labeled || n instanceof TextInputControl || n instanceof Cell<?> || n instanceof Axis<?>) {
                owner = n;
                break;
            }
            if (n instanceof Control) {
                break;
            }
        }
        String where = "";
        for (Node n = owner.getParent(); n != null; n = n.getParent()) {
            if (n.getId() != null && !n.getId().isBlank()) {
                where = " in #" + n.getId();
                break;
            }
        }
        return name(owner) + where;
    }

    private static String name(Node node) {
        String id = node.getId() == null || node.getId().isBlank() ? "" : "#" + node.getId();
        String classes = node.getStyleClass().isEmpty() ? ""
                : node.getStyleClass().stream().collect(Collectors.joining(".", ".", ""));
        return node.getClass().getSimpleName() + id + classes;
    }

    private static String shorten(String content) {
        String line = content.strip().replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    // --- charts (WCAG 1.4.11: graphics needed to understand the content, 3:1 against what is next to them) ---

    private void measureSeries(Chart chart) {
        Node plot = chart.lookup(".chart-plot-background");
        if (!(plot instanceof Region plotBackground)) {
            return;
        }
        for (Node bar : chart.lookupAll(".chart-bar")) {
            // Legend symbols carry the chart-bar class too; they sit on the legend, measured below.
            if (bar instanceof Region region && !region.getStyleClass().contains("chart-legend-item-symbol")
                    && treeVisible(region, chart) && !region.isDisabled()) {
                measureBar(chart, plotBackground, region);
            }
        }
        for (Node symbol : chart.lookupAll(".chart-legend-item-symbol")) {
            if (symbol instanceof Region region && treeVisible(region, chart) && !region.isDisabled()) {
                measureRegionOnAncestors(chart, region, "legend symbol");
            }
        }
        for (Node plotChild : chart.lookupAll(".deadline-line")) {
            if (plotChild instanceof Shape line && treeVisible(line, chart) && colour(line.getStroke()) != null) {
                measureLine(chart, plotBackground, line);
            }
        }
    }

    private void measureBar(Chart chart, Region plotBackground, Region bar) {
        Point2D centre = centre(bar);
        if (centre == null) {
            return;
        }
        Color background = plotColourAt(plotBackground, bar, centre);
        Color fill = fills(bar, centre, background);
        Color stroke = stroke(bar.getBorder());
        boolean paintsFill = !fill.equals(background);
        if (!paintsFill && stroke == null) {
            // Paints nothing: a spacer (the timeline's wait before a start), not information.
            return;
        }
        Color fillSeen = WcagContrast.fade(background, fill, bar.getOpacity());
        double fillRatio = WcagContrast.ratio(fillSeen, background);
        Color outlineSeen = stroke == null ? null
                : WcagContrast.fade(background, WcagContrast.over(stroke, background), bar.getOpacity());
        double outlineRatio = outlineSeen == null ? 0 : WcagContrast.ratio(outlineSeen, background);
        // A bar is found by its fill or, when the fill is deliberately faint (a reference or an
        // unplanned bar), by its outline: either one meeting 3:1 identifies it.
        boolean byOutline = outlineRatio > fillRatio;
        add(byOutline ? "series outline" : "series", name(bar) + " in #" + chart.getId(),
                byOutline ? outlineSeen : fillSeen, background, WcagContrast.LARGE_TEXT_OR_GRAPHIC);
    }

    private void measureLine(Chart chart, Region plotBackground, Shape line) {
        Point2D centre = centre(line);
        if (centre == null) {
            return;
        }
        Color background = plotColourAt(plotBackground, line, centre);
        Color seen = WcagContrast.fade(background, WcagContrast.over(colour(line.getStroke()), background),
                line.getOpacity());
        add("chart line", name(line) + " in #" + chart.getId(), seen, background, WcagContrast.LARGE_TEXT_OR_GRAPHIC);
    }

    /** The plot background with whatever the plot draws before {@code target} at that point (a highlight band). */
    private Color plotColourAt(Region plotBackground, Node target, Point2D point) {
        Color colour = paint(pathTo(plotBackground), 0, sceneFill, point, null);
        Parent plotContent = target.getParent();
        for (Node sibling : plotContent.getChildrenUnmodifiable()) {
            if (sibling == target) {
                break;
            }
            if (sibling instanceof Region region && region.isVisible() && !region.getStyleClass().contains("chart-bar")
                    && contains(region, point)) {
                colour = WcagContrast.fade(colour, fills(region, point, colour), region.getOpacity());
            }
        }
        return colour;
    }

    private void measureRegionOnAncestors(Chart chart, Region region, String kind) {
        Point2D centre = centre(region);
        if (centre == null) {
            return;
        }
        List<Node> path = pathTo(region);
        Color background = paint(path.subList(0, path.size() - 1), 0, sceneFill, centre, null);
        Color drawn = paint(path, 0, sceneFill, centre, null);
        if (drawn.equals(background)) {
            return;
        }
        add(kind, name(region) + " in #" + chart.getId(), drawn, background, WcagContrast.LARGE_TEXT_OR_GRAPHIC);
    }

    // --- compositing ---

    /**
     * The colour at {@code point} after drawing the backgrounds of {@code path.get(i)} and its
     * descendants on the path over {@code below}, then {@code top} (a text's fill) if given. Each
     * node's opacity fades everything it drew, as JavaFX renders a node with opacity as a group.
     */
    private static Color paint(List<Node> path, int i, Color below, Point2D point, Color top) {
        if (i == path.size()) {
            return top == null ? below : WcagContrast.over(top, below);
        }
        Node node = path.get(i);
        Color colour = node instanceof Region region ? fills(region, point, below) : below;
        colour = paint(path, i + 1, colour, point, top);
        return WcagContrast.fade(below, colour, node.getOpacity());
    }

    /** The region's background fills, in order, that cover the point (their insets taken off). */
    private static Color fills(Region region, Point2D scenePoint, Color below) {
        Background background = region.getBackground();
        if (background == null) {
            return below;
        }
        Point2D p = region.sceneToLocal(scenePoint);
        if (p.getX() < 0 || p.getX() > region.getWidth() || p.getY() < 0 || p.getY() > region.getHeight()) {
            // Scrolled beyond this ancestor's edge (a wide table's right-hand columns, a screen's
            // lower part): once scrolled into view the text sits on the ancestor's main fill.
            p = new Point2D(region.getWidth() / 2, region.getHeight() / 2);
        }
        Color colour = below;
        for (BackgroundFill fill : background.getFills()) {
            Insets in = fill.getInsets();
            boolean covers = p.getX() >= in.getLeft() && p.getX() <= region.getWidth() - in.getRight()
                    && p.getY() >= in.getTop() && p.getY() <= region.getHeight() - in.getBottom();
            Color paint = colour(fill.getFill());
            if (covers && paint != null) {
                colour = WcagContrast.over(paint, colour);
            }
        }
        return colour;
    }

    private static boolean contains(Region region, Point2D scenePoint) {
        Point2D p = region.sceneToLocal(scenePoint);
        return p.getX() >= 0 && p.getX() <= region.getWidth() && p.getY() >= 0 && p.getY() <= region.getHeight();
    }

    /** The outermost visible stroke of a border, or null when there is none. */
    private static Color stroke(Border border) {
        if (border == null) {
            return null;
        }
        for (BorderStroke stroke : border.getStrokes()) {
            Color colour = colour(stroke.getTopStroke());
            if (colour != null && colour.getOpacity() > 0 && stroke.getWidths().getTop() > 0) {
                return colour;
            }
        }
        return null;
    }

    /**
     * A paint as one colour: a gradient by the mean of its stops (AtlantaFX shades bars by a few
     * percent across their width), anything else (an image) as unknown.
     */
    private static Color colour(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        List<Stop> stops = paint instanceof LinearGradient l ? l.getStops()
                : paint instanceof RadialGradient r ? r.getStops() : List.of();
        if (stops.isEmpty()) {
            return null;
        }
        double r = 0;
        double g = 0;
        double b = 0;
        double a = 0;
        for (Stop stop : stops) {
            r += stop.getColor().getRed();
            g += stop.getColor().getGreen();
            b += stop.getColor().getBlue();
            a += stop.getColor().getOpacity();
        }
        int n = stops.size();
        return new Color(r / n, g / n, b / n, a / n);
    }

    private static List<Node> pathTo(Node node) {
        List<Node> path = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            path.add(0, n);
        }
        return path;
    }

    private static boolean treeVisible(Node node, Node upTo) {
        for (Node n = node; n != null && n != upTo; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The node's centre in scene coordinates, or null when it has no area. */
    private static Point2D centre(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return null;
        }
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    private void add(String kind, String node, Color foreground, Color background, double required) {
        measurements.add(new ContrastMeasurement(theme, screen, kind, node, foreground, background,
                WcagContrast.ratio(foreground, background), required));
    }
}
