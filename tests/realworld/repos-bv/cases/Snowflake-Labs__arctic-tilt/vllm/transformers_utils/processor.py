stub: upstream file of 6281 bytes
