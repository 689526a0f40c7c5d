package cn.gongkai.obligation;

/** Published inside the opening transaction, so that whatever watches an obligation starts with it or not at all. */
public record ObligationOpened(long obligationId) {
}
