stub: upstream file of 57665 bytes
