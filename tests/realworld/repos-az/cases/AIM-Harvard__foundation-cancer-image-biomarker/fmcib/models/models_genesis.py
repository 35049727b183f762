stub: upstream file of 13087 bytes
