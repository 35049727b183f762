stub: upstream file of 4087 bytes
