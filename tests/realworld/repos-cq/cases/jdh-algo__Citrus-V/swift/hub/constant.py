stub: upstream file of 226 bytes
