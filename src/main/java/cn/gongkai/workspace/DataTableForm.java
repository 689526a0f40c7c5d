package cn.gongkai.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.record.RecordRefusedException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every data page does with a submitted table (docs/design.md §8): it comes as a file or as cells pasted from a
 * spreadsheet, never both; a refused table comes back with every problem and the pasted text kept for mending.
 */
final class DataTableForm {

	/** A pasted table is a few hundred rows; the limit keeps a paste from being a file upload in disguise. */
	static final int PASTE_MAX = 500_000;

	/** Stores a table (a file's name, or none for pasted cells) and says in Chinese what was stored. */
	@FunctionalInterface
	interface Store {

		String store(String fileName, byte[] content);

	}

	private DataTableForm() {
	}

	static void submit(MultipartFile file, String cells, RedirectAttributes redirect, Store store) throws IOException {
		boolean hasFile = file != null && !file.isEmpty();
		boolean hasCells = cells != null && !cells.isBlank();
		if (hasFile == hasCells) {
			redirect.addFlashAttribute("error", hasFile ? "请只选择文件或只粘贴表格，不要同时提交两者" : "请选择数据文件，或把表格粘贴到文本框中");
			return;
		}
		if (hasCells && cells.length() > PASTE_MAX) {
			redirect.addFlashAttribute("error", "粘贴的内容过长（超过 " + PASTE_MAX + " 个字符），请改为上传文件");
			return;
		}
		try {
			redirect.addFlashAttribute("message", hasFile ? store.store(file.getOriginalFilename(), file.getBytes())
					: store.store(null, cells.getBytes(StandardCharsets.UTF_8)));
		}
		catch (DataRefusedException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("cells", hasCells ? cells : null);
		}
		catch (RecordRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
	}

	/** Takes a record's table off, or says why it cannot. */
	static void remove(RedirectAttributes redirect, Runnable remove) {
		try {
			remove.run();
			redirect.addFlashAttribute("message", "数据表已删除");
		}
		catch (RecordRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
	}

}
