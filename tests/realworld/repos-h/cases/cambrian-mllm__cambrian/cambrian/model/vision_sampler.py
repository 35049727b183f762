stub: upstream file of 17295 bytes
