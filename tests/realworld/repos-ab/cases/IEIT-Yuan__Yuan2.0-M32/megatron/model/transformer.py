stub: upstream file of 81087 bytes
