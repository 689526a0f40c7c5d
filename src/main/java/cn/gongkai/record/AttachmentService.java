package cn.gongkai.record;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files attached to a record, kept in the application's own tables. */
@Service
public class AttachmentService {

	static final int FILE_NAME_MAX = 200;

	private final JdbcClient jdbc;
	private final RecordService recordService;
	private final Clock clock;
	private final long maxBytes;
	private final int maxPerRecord;

	AttachmentService(JdbcClient jdbc, RecordService recordService, Clock clock,
			@Value("${gongkai.attachments.max-bytes}") long maxBytes,
			@Value("${gongkai.attachments.max-per-record}") int maxPerRecord) {
		this.jdbc = jdbc;
		this.recordService = recordService;
		this.clock = clock;
		this.maxBytes = maxBytes;
		this.maxPerRecord = maxPerRecord;
	}

	public long maxBytes() {
		return maxBytes;
	}

	@Transactional
	public long attach(long recordId, String originalName, byte[] content, String uploaderId) {
		recordService.lockEditable(recordId);
		String name = cleanName(originalName);
		if (content == null || content.length == 0) {
			throw new RecordRefusedException("请选择要上传的文件（文件不能为空）");
		}
		if (content.length > maxBytes) {
			throw new RecordRefusedException(
					"文件“" + name + "”过大：上限为 " + maxBytes / (1024 * 1024) + " MB");
		}
		FileKind kind = FileKind.sniff(content)
			.orElseThrow(() -> new RecordRefusedException("文件“" + name + "”的内容不是 PDF、XLSX、PNG 或 JPG 格式，已拒绝"));
		if (!kind.acceptsExtension(name)) {
			throw new RecordRefusedException("文件“" + name + "”的扩展名与实际内容（" + kind.name() + "）不符，已拒绝");
		}
		if (list(recordId).size() >= maxPerRecord) {
			throw new RecordRefusedException("每条记录最多上传 " + maxPerRecord + " 个附件");
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_attachment (record_id, file_name, media_type, size_bytes, sha256, content, uploaded_by,
				uploaded_at) VALUES (:recordId, :name, :mediaType, :size, :sha, :content, :by, :now)""")
			.param("recordId", recordId)
			.param("name", name)
			.param("mediaType", kind.mediaType())
			.param("size", content.length)
			.param("sha", sha256(content))
			.param("content", content)
			.param("by", uploaderId)
			.param("now", OffsetDateTime.now(clock))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Detaches a file from the draft; a version already submitted keeps pointing to it. */
	@Transactional
	public void detach(long recordId, long attachmentId) {
		recordService.lockEditable(recordId);
		int changed = jdbc.sql("""
				UPDATE gk_attachment SET removed_at = :now
				WHERE id = :id AND record_id = :recordId AND removed_at IS NULL""")
			.param("now", OffsetDateTime.now(clock))
			.param("id", attachmentId)
			.param("recordId", recordId)
			.update();
		if (changed == 0) {
			throw new RecordRefusedException("附件不存在或已删除");
		}
	}

	public List<Attachment> list(long recordId) {
		return jdbc.sql("""
				SELECT id, record_id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at
				FROM gk_attachment WHERE record_id = :recordId AND removed_at IS NULL ORDER BY id""")
			.param("recordId", recordId)
			.query(AttachmentService::attachment)
			.list();
	}

	public List<Attachment> listPublished(long publishedVersionId) {
		return jdbc.sql("""
				SELECT a.id, a.record_id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.uploaded_by, a.uploaded_at
				FROM gk_attachment a JOIN gk_version_attachment va ON va.attachment_id = a.id
				JOIN gk_published_version p ON p.version_id = va.version_id
				WHERE p.id = :id ORDER BY a.id""")
			.param("id", publishedVersionId)
			.query(AttachmentService::attachment)
			.list();
	}

	public Optional<byte[]> content(long attachmentId) {
		return jdbc.sql("SELECT content FROM gk_attachment WHERE id = :id")
			.param("id", attachmentId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	public Optional<Attachment> find(long attachmentId) {
		return jdbc.sql("""
				SELECT id, record_id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at
				FROM gk_attachment WHERE id = :id""")
			.param("id", attachmentId)
			.query(AttachmentService::attachment)
			.optional();
	}

	/** Whether the file belongs to a published version, which makes it public. */
	public boolean isPublished(long attachmentId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM gk_version_attachment va JOIN gk_published_version p ON p.version_id = va.version_id
				WHERE va.attachment_id = :id""")
			.param("id", attachmentId)
			.query(Long.class)
			.single() > 0;
	}

	public static String cleanName(String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
		if (name.isEmpty()) {
			throw new RecordRefusedException("文件名不能为空");
		}
		if (name.length() > FILE_NAME_MAX) {
			throw new RecordRefusedException("文件名不能超过" + FILE_NAME_MAX + "个字符");
		}
		return name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Attachment attachment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Attachment(rs.getLong("id"), rs.getLong("record_id"), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
	}

}
