stub: upstream file of 24405 bytes
