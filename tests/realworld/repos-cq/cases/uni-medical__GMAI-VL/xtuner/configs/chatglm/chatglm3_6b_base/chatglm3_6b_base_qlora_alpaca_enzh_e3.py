stub: upstream file of 7749 bytes
