stub: upstream file of 14204 bytes
