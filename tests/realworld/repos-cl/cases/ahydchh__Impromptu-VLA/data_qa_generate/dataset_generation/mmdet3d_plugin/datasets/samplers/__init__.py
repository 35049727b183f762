stub: upstream file of 212 bytes
