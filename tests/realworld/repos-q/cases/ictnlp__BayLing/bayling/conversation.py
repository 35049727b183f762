stub: upstream file of 19295 bytes
