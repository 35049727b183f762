stub: upstream file of 6152 bytes
