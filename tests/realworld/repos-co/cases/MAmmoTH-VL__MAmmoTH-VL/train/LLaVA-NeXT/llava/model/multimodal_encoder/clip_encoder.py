stub: upstream file of 7275 bytes
