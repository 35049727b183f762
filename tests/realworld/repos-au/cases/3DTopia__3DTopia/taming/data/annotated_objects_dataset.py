stub: upstream file of 10226 bytes
