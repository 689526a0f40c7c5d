package cn.gongkai.workspace;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A body over the container's limit never reaches the controller: answer it on the page it came from. */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("error", "上传的文件过大，已拒绝；已有附件未受影响");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.matches("/records/\\d+/attachments") ? "redirect:" + path : "redirect:/";
	}

}
