stub: upstream file of 13188 bytes
