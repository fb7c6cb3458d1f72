package org.tuoyu.sandbox.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown (the project's docs/model.md, copied into the jar as {@code help/model.md}) drawn as JavaFX nodes:
 * headings, paragraphs with code, emphasis and links (their text), lists, code blocks and GitHub tables. No
 * browser engine: the app ships without javafx-web.
 */
public final class MarkdownView {

    /** Where the build puts docs/model.md. */
    public static final String MODEL_RESOURCE = "help/model.md";
    private static final String MONO = "-fx-font-family: 'DejaVu Sans Mono', 'Consolas', monospace;";

    private MarkdownView() {}

    /** The model documentation as shipped in the jar, or null when the jar lacks it. */
    public static String modelText() {
        try (InputStream in = MarkdownView.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The document as a column of nodes, one per block, each wrapping to {@code width}. */
    public static VBox render(String markdown, double width) {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        box.setId("markdown");
        for (org.commonmark.node.Node n = parser.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            Node v = block(n, width);
            if (v != null) box.getChildren().add(v);
        }
        return box;
    }

    private static Node block(org.commonmark.node.Node n, double width) {
        if (n instanceof Heading h) {
            TextFlow f = inline(h, width);
            double size = switch (h.getLevel()) { case 1 -> 22; case 2 -> 17; case 3 -> 14; default -> 13; };
            for (Node t : f.getChildren()) t.setStyle(t.getStyle() + "-fx-font-size: " + size + "px; -fx-font-weight: bold;");
            f.getStyleClass().add("md-heading");
            f.setPadding(new Insets(h.getLevel() <= 2 ? 10 : 4, 0, 0, 0));
            return f;
        }
        if (n instanceof Paragraph p) return inline(p, width);
        if (n instanceof ListBlock l) return list(l, width);
        if (n instanceof FencedCodeBlock c) return code(c.getLiteral(), width);
        if (n instanceof IndentedCodeBlock c) return code(c.getLiteral(), width);
        if (n instanceof TableBlock t) return table(t, width);
        if (n instanceof ThematicBreak) return new Separator();
        if (n instanceof BlockQuote q) {
            VBox inner = new VBox(4);
            for (org.commonmark.node.Node c = q.getFirstChild(); c != null; c = c.getNext()) inner.getChildren().add(block(c, width - 16));
            inner.setStyle("-fx-border-color: transparent transparent transparent #cbd5e0; -fx-border-width: 0 0 0 3; -fx-padding: 0 0 0 10;");
            return inner;
        }
        return null;
    }

    private static Node list(ListBlock l, double width) {
        VBox items = new VBox(3);
        int k = l instanceof OrderedList o ? o.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = l.getFirstChild(); item != null; item = item.getNext(), k++) {
            VBox body = new VBox(3);
            for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                Node b = block(c, width - 24);
                if (b != null) body.getChildren().add(b);
            }
            Label mark = new Label(l instanceof BulletList ? "•" : k + ".");
            mark.setMinWidth(20);
            HBox row = new HBox(4, mark, body);
            HBox.setHgrow(body, Priority.ALWAYS);
            items.getChildren().add(row);
        }
        return items;
    }

    private static Node code(String literal, double width) {
        Text t = new Text(literal.stripTrailing());
        t.setStyle(MONO);
        TextFlow f = new TextFlow(t);
        f.setMaxWidth(width);
        f.setStyle("-fx-background-color: #f7fafc; -fx-padding: 6;");
        return f;
    }

    private static Node table(TableBlock t, double width) {
        GridPane g = new GridPane();
        g.getStyleClass().add("md-table");
        g.setStyle("-fx-hgap: 1; -fx-vgap: 1; -fx-background-color: #e2e8f0; -fx-padding: 1;");
        int r = 0;
        for (org.commonmark.node.Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            for (org.commonmark.node.Node row = part.getFirstChild(); row != null; row = row.getNext(), r++) {
                if (!(row instanceof TableRow)) continue;
                int c = 0;
                int cells = 0;
                for (org.commonmark.node.Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) cells++;
                for (org.commonmark.node.Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                    TextFlow f = inline(cell, Math.max(80, width / Math.max(1, cells) - 12));
                    boolean head = cell instanceof TableCell tc && tc.isHeader();
                    if (head) for (Node x : f.getChildren()) x.setStyle(x.getStyle() + "-fx-font-weight: bold;");
                    f.setStyle("-fx-background-color: " + (head ? "#edf2f7" : "white") + "; -fx-padding: 3 6 3 6;");
                    g.add(f, c, r);
                }
            }
        }
        return g;
    }

    /** A block's inline content (text, code, emphasis, links) as one wrapping flow. */
    static TextFlow inline(org.commonmark.node.Node parent, double width) {
        TextFlow f = new TextFlow();
        f.setMaxWidth(width);
        f.setPrefWidth(width);
        addInline(f, parent, "");
        return f;
    }

    private static void addInline(TextFlow f, org.commonmark.node.Node parent, String style) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                f.getChildren().add(text(t.getLiteral(), style));
            } else if (n instanceof Code c) {
                f.getChildren().add(text(c.getLiteral(), style + MONO + "-fx-fill: #2d3748;"));
            } else if (n instanceof Emphasis) {
                addInline(f, n, style + "-fx-font-style: italic;");
            } else if (n instanceof StrongEmphasis) {
                addInline(f, n, style + "-fx-font-weight: bold;");
            } else if (n instanceof Link) {
                addInline(f, n, style + "-fx-fill: #2b6cb0;");
            } else if (n instanceof SoftLineBreak) {
                f.getChildren().add(text(" ", style));
            } else if (n instanceof HardLineBreak) {
                f.getChildren().add(text("\n", style));
            } else if (n instanceof HtmlInline h) {
                f.getChildren().add(text(h.getLiteral(), style));
            } else {
                addInline(f, n, style); // images and anything else: their text
            }
        }
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add("md-text");
        if (!style.isEmpty()) t.setStyle(style);
        return t;
    }
}
