package vn.sochibo.election.service;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.MessageKey;

/**
 * The arguments of a kept message (an invalid reason, a problem of a count) as one column of text, so the record
 * is shown in the language it is read in. Each argument is a type letter, its length in characters, a colon and
 * the text: {@code i2:33} an integer, {@code l3:128} a long, {@code s6:Lê Hà} a text, {@code k22:…} a message key.
 * Any other argument is kept as its text.
 */
final class MessageArgs {

    private MessageArgs() {
    }

    /**
     * Encodes arguments.
     *
     * @param args the arguments, not null (null arguments are kept as empty texts)
     * @return the column's text
     */
    static String encode(List<Object> args) {
        StringBuilder text = new StringBuilder();
        for (Object arg : args) {
            char type = arg instanceof Integer ? 'i' : arg instanceof Long ? 'l' : arg instanceof MessageKey ? 'k' : 's';
            String value = arg == null ? "" : arg instanceof MessageKey key ? key.key() : arg.toString();
            text.append(type).append(value.length()).append(':').append(value);
        }
        return text.toString();
    }

    /**
     * Decodes what {@link #encode} wrote.
     *
     * @param text the column's text
     * @return the arguments
     * @throws IllegalStateException if the text was not written by {@link #encode}
     */
    static List<Object> decode(String text) {
        List<Object> args = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            char type = text.charAt(at);
            int colon = text.indexOf(':', at + 1);
            if (colon < 0) {
                throw corrupt(text);
            }
            int length;
            try {
                length = Integer.parseInt(text.substring(at + 1, colon));
            } catch (NumberFormatException e) {
                throw corrupt(text);
            }
            int end = colon + 1 + length;
            if (length < 0 || end > text.length()) {
                throw corrupt(text);
            }
            String value = text.substring(colon + 1, end);
            args.add(switch (type) {
                case 'i' -> Integer.valueOf(value);
                case 'l' -> Long.valueOf(value);
                case 'k' -> new MessageKey(value);
                case 's' -> value;
                default -> throw corrupt(text);
            });
            at = end;
        }
        return args;
    }

    private static IllegalStateException corrupt(String text) {
        return new IllegalStateException("kept message arguments are not readable: " + text);
    }
}
