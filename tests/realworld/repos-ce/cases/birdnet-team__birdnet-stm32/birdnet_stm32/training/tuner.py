stub: upstream file of 9087 bytes
