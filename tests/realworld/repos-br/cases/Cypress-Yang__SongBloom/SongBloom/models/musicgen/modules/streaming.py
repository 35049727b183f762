stub: upstream file of 4295 bytes
