package cn.gongkai.record;

import java.time.OffsetDateTime;

/** An attachment's description; its bytes are read separately, only when downloaded. */
public record Attachment(long id, long recordId, String fileName, String mediaType, long sizeBytes, String sha256,
		String uploadedBy, OffsetDateTime uploadedAt) {

	public String sizeLabel() {
		if (sizeBytes < 1024) {
			return sizeBytes + " B";
		}
		if (sizeBytes < 1024 * 1024) {
			return (sizeBytes + 1023) / 1024 + " KB";
		}
		return String.format("%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}

}
