stub: upstream file of 5434 bytes
