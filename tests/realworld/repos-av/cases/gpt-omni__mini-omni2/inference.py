stub: upstream file of 25087 bytes
