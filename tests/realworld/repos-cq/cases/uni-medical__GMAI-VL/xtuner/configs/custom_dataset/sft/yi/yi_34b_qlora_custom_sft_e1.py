stub: upstream file of 7435 bytes
