stub: upstream file of 6410 bytes
