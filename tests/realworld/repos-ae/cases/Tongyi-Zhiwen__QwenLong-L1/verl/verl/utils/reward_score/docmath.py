stub: upstream file of 14226 bytes
