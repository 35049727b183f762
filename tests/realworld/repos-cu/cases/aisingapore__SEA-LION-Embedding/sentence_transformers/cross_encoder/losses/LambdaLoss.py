stub: upstream file of 16087 bytes
