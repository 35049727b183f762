stub: upstream file of 18882 bytes
