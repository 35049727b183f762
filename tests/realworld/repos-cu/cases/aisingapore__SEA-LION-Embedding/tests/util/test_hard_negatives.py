stub: upstream file of 34295 bytes
