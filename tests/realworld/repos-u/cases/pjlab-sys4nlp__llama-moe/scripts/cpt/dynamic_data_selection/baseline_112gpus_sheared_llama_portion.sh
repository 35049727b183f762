stub: upstream file of 7509 bytes
