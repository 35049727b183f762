stub: upstream file of 11237 bytes
