stub: upstream file of 455 bytes
