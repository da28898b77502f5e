package io.upskillplanner.ui.common;

import java.util.List;
import java.util.function.IntFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Pages of a document as pictures on white paper, one under the other in a scroll pane, either
 * fitted to its width or pixel for pixel ("100 %": the pages are drawn at 96 dpi). It says which
 * page fills the upper part of the viewport, for a "Page N of M".
 */
public final class PagePreview {

    /** Room around a page inside the scroll pane: the pages' padding and their border. */
    private static final double PAGE_INSET = 2 * 16 + 2 + 4;

    private final ScrollPane scroll;
    private final VBox pagesBox;
    private final ToggleButton fitWidthButton;
    private final IntegerProperty visiblePage;
    private final DoubleBinding fitWidth;

    /**
     * Shows {@code pages} in {@code pagesBox} (the content of {@code scroll}) and keeps
     * {@code visiblePage} (counted from 1) on the page in view.
     */
    public static PagePreview show(ScrollPane scroll, VBox pagesBox, ToggleButton fitWidthButton,
                                   ToggleButton actualSizeButton, ObservableList<Image> pages,
                                   IntFunction<String> description, IntegerProperty visiblePage) {
        PagePreview preview = new PagePreview(scroll, pagesBox, fitWidthButton, visiblePage);
        ToggleGroup zoom = new ToggleGroup();
        fitWidthButton.setToggleGroup(zoom);
        actualSizeButton.setToggleGroup(zoom);
        zoom.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // One zoom is always chosen: clicking the chosen one again keeps it.
                zoom.selectToggle(old);
            }
        });
        pages.addListener((ListChangeListener<Image>) change -> preview.showPages(pages, description));
        scroll.vvalueProperty().addListener(obs -> preview.followVisiblePage());
        scroll.viewportBoundsProperty().addListener(obs -> preview.followVisiblePage());
        pagesBox.heightProperty().addListener(obs -> preview.followVisiblePage());
        preview.showPages(pages, description);
        return preview;
    }

    private PagePreview(ScrollPane scroll, VBox pagesBox, ToggleButton fitWidthButton, IntegerProperty visiblePage) {
        this.scroll = scroll;
        this.pagesBox = pagesBox;
        this.fitWidthButton = fitWidthButton;
        this.visiblePage = visiblePage;
        this.fitWidth = Bindings.createDoubleBinding(
                () -> Math.max(120, scroll.getViewportBounds().getWidth() - PAGE_INSET), scroll.viewportBoundsProperty());
    }

    private void showPages(List<Image> pages, IntFunction<String> description) {
        pagesBox.getChildren().clear();
        for (int i = 0; i < pages.size(); i++) {
            Image image = pages.get(i);
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.when(fitWidthButton.selectedProperty())
                    .then(fitWidth).otherwise(image.getWidth()));
            view.setAccessibleText(description.apply(i));
            StackPane paper = new StackPane(view);
            paper.getStyleClass().add("preview-page");
            paper.setMaxWidth(Region.USE_PREF_SIZE);
            pagesBox.getChildren().add(paper);
        }
    }

    /** The page that fills the upper part of the viewport is the one "Page N of M" names. */
    private void followVisiblePage() {
        List<Node> pages = pagesBox.getChildren();
        if (pages.isEmpty()) {
            return;
        }
        Bounds viewport = scroll.getViewportBounds();
        double hidden = Math.max(0, pagesBox.getHeight() - viewport.getHeight());
        double top = scroll.getVvalue() * hidden;
        double line = top + viewport.getHeight() / 3;
        int visible = 1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).getBoundsInParent().getMinY() <= line) {
                visible = i + 1;
            }
        }
        visiblePage.set(visible);
    }
}
