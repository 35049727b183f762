stub: upstream file of 5995 bytes
