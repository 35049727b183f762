stub: upstream file of 26399 bytes
