package cn.gongkai.report;

/** A photo as stored, checked by content. */
public record StoredPhoto(long id, long reportId, String fileName, String mediaType, int sizeBytes) {
}
