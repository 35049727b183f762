stub: upstream file of 1313 bytes
