stub: upstream file of 6267 bytes
