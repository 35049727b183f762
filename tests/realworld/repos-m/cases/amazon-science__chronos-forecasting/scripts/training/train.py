stub: upstream file of 23316 bytes
