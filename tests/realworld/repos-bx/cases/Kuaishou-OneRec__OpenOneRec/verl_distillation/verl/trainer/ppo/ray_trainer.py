stub: upstream file of 67282 bytes
