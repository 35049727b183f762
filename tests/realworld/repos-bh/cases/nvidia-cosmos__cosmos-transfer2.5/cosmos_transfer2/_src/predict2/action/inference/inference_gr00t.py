stub: upstream file of 19313 bytes
