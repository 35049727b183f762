stub: upstream file of 26087 bytes
