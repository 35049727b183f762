stub: upstream file of 13355 bytes
