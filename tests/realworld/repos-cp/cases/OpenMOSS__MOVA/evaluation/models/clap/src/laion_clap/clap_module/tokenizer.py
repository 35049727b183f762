stub: upstream file of 6204 bytes
