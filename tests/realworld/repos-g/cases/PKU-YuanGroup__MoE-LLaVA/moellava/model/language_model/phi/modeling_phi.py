stub: upstream file of 62665 bytes
