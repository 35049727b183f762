stub: upstream file of 10087 bytes
