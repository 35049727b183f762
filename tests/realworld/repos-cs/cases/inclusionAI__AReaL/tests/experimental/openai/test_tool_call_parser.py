stub: upstream file of 12087 bytes
