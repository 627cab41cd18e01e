package org.parley.platform.web;

/** A request refused before any use case ran: {@code field} names the part at fault, or is null. */
public final class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
