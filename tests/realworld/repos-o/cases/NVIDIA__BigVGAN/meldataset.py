stub: upstream file of 15087 bytes
