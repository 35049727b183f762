stub: upstream file of 21509 bytes
