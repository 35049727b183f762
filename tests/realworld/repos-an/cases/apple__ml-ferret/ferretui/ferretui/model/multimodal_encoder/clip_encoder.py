stub: upstream file of 8087 bytes
