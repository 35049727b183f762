stub: upstream file of 22087 bytes
