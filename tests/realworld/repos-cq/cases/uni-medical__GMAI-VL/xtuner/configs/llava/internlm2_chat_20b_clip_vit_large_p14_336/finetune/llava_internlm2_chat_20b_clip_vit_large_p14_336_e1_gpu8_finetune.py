stub: upstream file of 7087 bytes
