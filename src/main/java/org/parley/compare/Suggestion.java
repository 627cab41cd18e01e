package org.parley.compare;

/**
 * A link the engine did not make but a person might: an old point it left dropped and a new point
 * it left added that share some of their words. {@code kind} is what the link would be, reworded
 * where the pair sits between the same links on both sides, moved elsewhere; {@code score} is the
 * cosine of their stemmed words.
 */
public record Suggestion(String from, String to, LinkKind kind, double score) {}
