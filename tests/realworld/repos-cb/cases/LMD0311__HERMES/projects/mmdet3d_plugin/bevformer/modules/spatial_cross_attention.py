stub: upstream file of 18405 bytes
