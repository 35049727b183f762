stub: upstream file of 62148 bytes
