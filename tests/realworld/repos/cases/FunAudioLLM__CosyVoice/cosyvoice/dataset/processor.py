stub: upstream file of 16749 bytes
