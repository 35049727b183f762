stub: upstream file of 10123 bytes
