package vn.sochibo.common;

/**
 * A message argument that is itself a message key, so rule code can name a label without rendering it: {@link
 * Messages} shows it as that key's text in the user's language.
 *
 * @param key the message key
 */
public record MessageKey(String key) {
}
