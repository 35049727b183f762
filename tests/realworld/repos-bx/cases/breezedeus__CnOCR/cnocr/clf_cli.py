stub: upstream file of 8314 bytes
