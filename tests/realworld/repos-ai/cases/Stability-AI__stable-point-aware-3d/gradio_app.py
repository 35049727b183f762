stub: upstream file of 30405 bytes
