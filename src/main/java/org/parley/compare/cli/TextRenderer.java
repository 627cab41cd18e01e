package org.parley.compare.cli;

import java.util.List;
import java.util.Locale;
import org.parley.compare.Link;
import org.parley.compare.LinkKind;
import org.parley.compare.RedlineOp;
import org.parley.compare.Suggestion;
import org.parley.compare.TextMoves;
import org.parley.interchange.Redline;

/**
 * Renders a comparison for a terminal: a summary, then one block per link, dropped and added point,
 * in the new draft's order (a dropped point after the point before it, with the added points it
 * may have become). Deletions and
 * insertions are coloured when writing to a terminal and marked {@code [-...-]} / {@code {+...+}}
 * otherwise.
 */
final class TextRenderer {

    private static final String RED = "\u001b[31;9m";
    private static final String GREEN = "\u001b[32;4m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;
    private final boolean onlyChanges;

    /** A renderer that colours when {@code colour}, and leaves out kept points when {@code onlyChanges}. */
    TextRenderer(boolean colour, boolean onlyChanges) {
        this.colour = colour;
        this.onlyChanges = onlyChanges;
    }

    String render(Redline redline) {
        var out = new StringBuilder();
        out.append(bold(redline.fromTitle() + " → " + redline.toTitle())).append('\n');
        List<TextMoves.TextMove> moves = redline.moves();
        out.append(redline.summary()).append(TextMoves.summary(moves)).append('\n');
        redline.languageNote().ifPresent(note -> out.append("Note: ").append(note).append('\n'));
        out.append('\n');
        redline.eachRow(new Redline.RowWriter() {
            @Override
            public void linked(Link link) {
                if (onlyChanges && link.kind() == LinkKind.KEPT) {
                    return;
                }
                out.append(heading(link.kind().wireName(), link.numbers()))
                        .append(String.format(Locale.ROOT, "  (%.2f)", link.score()))
                        .append(confirmed(redline.confirms(link.from(), link.to()))).append("\n    ");
                for (RedlineOp op : link.redline().stream().flatMap(run -> run.forDisplay().stream()).toList()) {
                    String text = op.text().replace("\n", "\n    ");
                    out.append(switch (op.op()) {
                        case EQUAL -> text;
                        case DELETE -> marked(text, RED, "[-", "-]");
                        case INSERT -> marked(text, GREEN, "{+", "+}");
                    });
                }
                out.append('\n');
                notes(TextMoves.leaving(moves, link));
                notes(TextMoves.arriving(moves, link));
                out.append('\n');
            }

            @Override
            public void dropped(String number, String text, List<Suggestion> perhaps) {
                out.append(heading("dropped", number)).append(confirmed(redline.confirms(List.of(number), List.of()))).append("\n    ").append(text).append('\n');
                notes(TextMoves.leaving(moves, List.of(number)));
                hint(Redline.perhaps(perhaps, number, true));
            }

            @Override
            public void added(String number, String text, List<Suggestion> perhaps) {
                out.append(heading("added", number)).append(confirmed(redline.confirms(List.of(), List.of(number)))).append("\n    ").append(text).append('\n');
                notes(TextMoves.arriving(moves, List.of(number)));
                hint(Redline.perhaps(perhaps, number, false));
            }

            private void notes(List<String> notes) {
                notes.forEach(note -> out.append("    ").append(note).append('\n'));
            }

            private void hint(String perhaps) {
                out.append(perhaps.isEmpty() ? "" : "    " + perhaps + '\n').append('\n');
            }
        });
        return out.toString();
    }

    private static String confirmed(boolean confirmed) {
        return confirmed ? "  confirmed" : "";
    }

    /** The run wrapped in colour or marks. */
    private String marked(String text, String ansi, String open, String close) {
        return colour ? ansi + text + RESET : open + text + close;
    }

    private String heading(String kind, String numbers) {
        return bold(String.format(Locale.ROOT, "%-10s", kind)) + " " + numbers;
    }

    private String bold(String text) {
        return colour ? BOLD + text + RESET : text;
    }
}
