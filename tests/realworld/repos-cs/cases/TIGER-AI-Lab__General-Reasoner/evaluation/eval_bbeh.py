stub: upstream file of 6248 bytes
