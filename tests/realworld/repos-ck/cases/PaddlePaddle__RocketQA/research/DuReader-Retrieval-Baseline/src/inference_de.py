stub: upstream file of 4204 bytes
