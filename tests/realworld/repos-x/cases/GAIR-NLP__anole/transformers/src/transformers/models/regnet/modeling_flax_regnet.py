stub: upstream file of 28410 bytes
