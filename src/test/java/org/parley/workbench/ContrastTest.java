package org.parley.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2 AA contrast of the workbench's style sheet: every rule that sets both a background and a
 * text colour, and the page's text colours on its backgrounds, reach 4.5 : 1.
 */
class ContrastTest {
    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern BACKGROUND = Pattern.compile("(?:^|;)\\s*background:\\s*([^;]+)");
    private static final Pattern COLOUR = Pattern.compile("(?:^|;)\\s*color:\\s*([^;]+)");

    private static String css() throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream("/web/parley.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyRuleWithBackgroundAndText_meetsAa() throws IOException {
        String css = css();
        Map<String, String> variables = new HashMap<>();
        Matcher v = VARIABLE.matcher(css);
        while (v.find()) {
            variables.put(v.group(1), v.group(2));
        }
        List<String> failing = new ArrayList<>();
        int checked = 0;
        Matcher rule = RULE.matcher(css.replaceAll("/\\*.*?\\*/", ""));
        while (rule.find()) {
            Matcher bg = BACKGROUND.matcher(rule.group(2));
            Matcher fg = COLOUR.matcher(rule.group(2));
            if (bg.find() && fg.find()) {
                String background = resolve(bg.group(1).strip(), variables);
                String text = resolve(fg.group(1).strip(), variables);
                if (background != null && text != null) {
                    checked++;
                    double ratio = ratio(background, text);
                    if (ratio < 4.5) {
                        failing.add(rule.group(1).strip() + ": " + text + " on " + background + " = " + ratio);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(failing).isEmpty();
    }

    @Test
    void pageText_meetsAaOnThePageBackgrounds() throws IOException {
        Map<String, String> variables = new HashMap<>();
        Matcher v = VARIABLE.matcher(css());
        while (v.find()) {
            variables.put(v.group(1), v.group(2));
        }
        for (String text : List.of("ink", "muted", "link")) {
            for (String background : List.of("paper", "wash")) {
                assertThat(ratio(variables.get(background), variables.get(text))).as(text + " on " + background).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void partyBadges_pickTheReadableTextColour() {
        for (String colour : List.of("#0072B2", "#D55E00", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442", "#6b7280")) {
            PartyBadge badge = new PartyBadge("p", "P", "Party", colour);
            assertThat(ratio(colour, badge.textColour())).as(colour).isGreaterThanOrEqualTo(4.5);
        }
    }

    private static String resolve(String value, Map<String, String> variables) {
        if (value.startsWith("var(--")) {
            return variables.get(value.substring(6, value.length() - 1));
        }
        return value.matches("#[0-9a-fA-F]{6}") ? value : value.matches("#[0-9a-fA-F]{3}") ? expand(value) : null;
    }

    private static String expand(String shortHex) {
        return "#" + shortHex.substring(1).chars().mapToObj(c -> "" + (char) c + (char) c).reduce("", String::concat);
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
