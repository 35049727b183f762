stub: upstream file of 8110 bytes
