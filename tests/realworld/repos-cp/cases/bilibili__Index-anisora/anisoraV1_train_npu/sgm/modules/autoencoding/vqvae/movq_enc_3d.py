stub: upstream file of 16919 bytes
