package cn.gongkai.obligation;

/** An open obligation's due time moved by its own rule; its timers, tasks and watch follow. */
public record ObligationDueMoved(long obligationId, Due previous) {
}
