stub: upstream file of 12267 bytes
