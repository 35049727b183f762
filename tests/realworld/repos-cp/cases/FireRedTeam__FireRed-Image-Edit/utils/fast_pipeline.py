stub: upstream file of 4513 bytes
