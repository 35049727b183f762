stub: upstream file of 15665 bytes
