stub: upstream file of 8977 bytes
