stub: upstream file of 8880 bytes
