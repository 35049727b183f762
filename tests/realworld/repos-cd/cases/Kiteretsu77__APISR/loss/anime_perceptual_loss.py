stub: upstream file of 22077 bytes
