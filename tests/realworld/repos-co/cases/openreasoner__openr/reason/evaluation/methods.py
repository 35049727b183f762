stub: upstream file of 8389 bytes
