stub: upstream file of 22639 bytes
