stub: upstream file of 8078 bytes
