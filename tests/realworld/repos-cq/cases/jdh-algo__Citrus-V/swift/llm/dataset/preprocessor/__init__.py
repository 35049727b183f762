stub: upstream file of 307 bytes
