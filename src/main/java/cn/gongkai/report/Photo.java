package cn.gongkai.report;

/** An uploaded photo as received: its name as the sender gave it and its bytes. */
public record Photo(String fileName, byte[] content) {
}
