stub: upstream file of 7026 bytes
