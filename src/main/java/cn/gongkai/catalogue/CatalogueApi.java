package cn.gongkai.catalogue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators read the catalogue the running system uses. */
@RestController
class CatalogueApi {

	private final Catalogue catalogue;

	CatalogueApi(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/admin/catalogue")
	Catalogue catalogue() {
		return catalogue;
	}

}
