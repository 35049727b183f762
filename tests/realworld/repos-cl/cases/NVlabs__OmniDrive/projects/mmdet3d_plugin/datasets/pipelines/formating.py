stub: upstream file of 5951 bytes
