stub: upstream file of 53338 bytes
