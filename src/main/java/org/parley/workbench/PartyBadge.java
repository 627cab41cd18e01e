package org.parley.workbench;

/** A party as a badge: its short name on its colour, with the full name for those who need it. */
public record PartyBadge(String id, String shortName, String name, String colour) {

    /** Black or white, whichever reads better on the badge's colour (WCAG relative luminance). */
    public String textColour() {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
    }

    private static double linear(int channel) {
        double c = (channel & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
