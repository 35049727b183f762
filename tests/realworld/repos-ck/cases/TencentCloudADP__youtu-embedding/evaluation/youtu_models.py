stub: upstream file of 6226 bytes
