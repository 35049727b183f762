stub: upstream file of 5937 bytes
