stub: upstream file of 8198 bytes
