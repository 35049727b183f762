stub: upstream file of 26103 bytes
