package org.parley.interchange;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.compare.Link;
import org.parley.compare.RedlineOp;
import org.parley.compare.Suggestion;
import org.parley.compare.TextMoves;

/**
 * Renders a redline as one standalone HTML page (its style inline, no scripts), as the compare screen shows it: old draft left,
 * new draft right, one row per link in the new draft's order (a dropped point after the point
 * before it), the word redline on each side, and a switch to show only the changes that works
 * without scripts.
 */
public final class RedlinePage {

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            th{text-align:left;border-bottom:2px solid #c9ced6;padding:.45rem .6rem}
            td{border-top:1px solid #e1e4e8;padding:.45rem .6rem;vertical-align:top}
            col.kind{width:11rem}
            .kind{font-size:13px;white-space:nowrap}
            .score{color:#4a5260;font-variant-numeric:tabular-nums}
            .num{font-weight:600;margin-right:.4rem}
            del{background:#fde2e1;color:#8a1f17}
            ins{background:#dcf5e3;color:#135e2c;text-decoration:none}
            tr.dropped td.old{color:#8a1f17} tr.added td.new{color:#135e2c}
            .perhaps{color:#4a5260;font-style:italic;font-size:13px}
            .moved{display:block;color:#4a5260;font-size:13px;margin-top:4px}
            del.moved-text{background:#e3f1e6;color:#1b5e2b;text-decoration:line-through double}
            ins.moved-text{background:#e3f1e6;color:#1b5e2b;text-decoration:underline double}
            .confirmed{display:block;color:#135e2c;font-size:12px}
            .note{border-left:4px solid #b7791f;padding:.3rem .6rem;background:#fdf6e3}
            #changes:checked ~ table tr.kept{display:none}
            """;

    private final boolean onlyChanges;

    /** A renderer whose page opens with the kept points hidden when {@code onlyChanges}. */
    public RedlinePage(boolean onlyChanges) {
        this.onlyChanges = onlyChanges;
    }

    public String render(Redline redline) {
        var html = new StringBuilder();
        List<TextMoves.TextMove> moves = redline.moves();
        String oldTitle = escape(redline.fromTitle());
        String newTitle = escape(redline.toTitle());
        String title = oldTitle + " → " + newTitle;
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>").append(title).append("</h1>\n<p>").append(escape(redline.summary() + TextMoves.summary(moves))).append("</p>\n");
        redline.languageNote().ifPresent(note -> html.append("<p class=\"note\">").append(escape(note)).append("</p>\n"));
        html.append("<input type=\"checkbox\" id=\"changes\"").append(onlyChanges ? " checked" : "")
                .append("> <label for=\"changes\">Only changes</label>\n")
                .append("<table><colgroup><col class=\"kind\"><col><col></colgroup>\n")
                .append("<thead><tr><th>change</th><th>").append(oldTitle).append(" (old)</th><th>").append(newTitle)
                .append(" (new)</th></tr></thead><tbody>\n");
        redline.eachRow(new Redline.RowWriter() {
            @Override
            public void linked(Link link) {
                html.append(row(link.kind().wireName(), escape(link.label())
                                + String.format(Locale.ROOT, " <span class=\"score\">%.2f</span>", link.score())
                                + confirmedTag(redline.confirms(link.from(), link.to())),
                        side(link.from(), TextMoves.marked(link.oldSide(), TextMoves.textsLeaving(moves, link.from())))
                                + moved(TextMoves.leaving(moves, link)),
                        side(link.to(), TextMoves.marked(link.newSide(), TextMoves.textsArriving(moves, link.to())))
                                + moved(TextMoves.arriving(moves, link))));
            }

            @Override
            public void dropped(String number, String text, List<Suggestion> perhaps) {
                String label = "dropped " + escape(number) + confirmedTag(redline.confirms(List.of(number), List.of()));
                html.append(row("dropped", label, side(List.of(number), TextMoves.marked(RedlineOp.whole(RedlineOp.Op.DELETE, text), TextMoves.textsLeaving(moves, List.of(number))))
                                + moved(TextMoves.leaving(moves, List.of(number))),
                        hint(Redline.perhaps(perhaps, number, true))));
            }

            @Override
            public void added(String number, String text, List<Suggestion> perhaps) {
                String label = "added " + escape(number) + confirmedTag(redline.confirms(List.of(), List.of(number)));
                html.append(row("added", label, hint(Redline.perhaps(perhaps, number, false)),
                        side(List.of(number), TextMoves.marked(RedlineOp.whole(RedlineOp.Op.INSERT, text), TextMoves.textsArriving(moves, List.of(number))))
                                + moved(TextMoves.arriving(moves, List.of(number)))));
            }
        });
        return html.append("</tbody></table>\n</body></html>\n").toString();
    }

    private static String confirmedTag(boolean confirmed) {
        return confirmed ? " <span class=\"confirmed\">confirmed</span>" : "";
    }

    /** The notes of text moved out of or into a cell, one line each. */
    private static String moved(List<String> notes) {
        return notes.stream().map(note -> "<span class=\"moved\">" + escape(note) + "</span>").collect(Collectors.joining());
    }

    private static String hint(String perhaps) {
        return perhaps.isEmpty() ? "" : "<span class=\"perhaps\">" + escape(perhaps) + "</span>";
    }

    private static String row(String kind, String label, String oldCell, String newCell) {
        return "<tr class=\"" + kind + "\"><td class=\"kind\">" + label + "</td><td class=\"old\">" + oldCell + "</td><td class=\"new\">"
                + newCell + "</td></tr>\n";
    }

    /** One side of a row: its point numbers, then its runs, deletions and insertions marked, and moved text apart. */
    private static String side(List<String> numbers, List<TextMoves.MarkedRun> runs) {
        var cell = new StringBuilder("<span class=\"num\">").append(escape(Redline.numbers(numbers))).append("</span>");
        for (TextMoves.MarkedRun marked : runs) {
            RedlineOp op = marked.run();
            String tag = marked.moved() ? " class=\"moved-text\">" : ">";
            cell.append(switch (op.op()) {
                case EQUAL -> escape(op.text());
                case DELETE -> "<del" + tag + escape(op.text()) + "</del>";
                case INSERT -> "<ins" + tag + escape(op.text()) + "</ins>";
            });
        }
        return cell.toString();
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
