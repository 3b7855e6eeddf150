package vn.sochibo.audit;

/** One field of a logged change as the clerk reads it: its label, the value before and the value after. */
public record FieldChange(String field, String before, String after) {
}
