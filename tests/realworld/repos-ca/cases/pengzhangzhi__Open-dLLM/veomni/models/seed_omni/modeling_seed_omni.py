stub: upstream file of 24087 bytes
