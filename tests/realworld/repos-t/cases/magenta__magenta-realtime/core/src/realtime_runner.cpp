stub: upstream file of 21087 bytes
