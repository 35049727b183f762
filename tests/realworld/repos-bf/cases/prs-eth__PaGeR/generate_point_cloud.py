stub: upstream file of 5404 bytes
