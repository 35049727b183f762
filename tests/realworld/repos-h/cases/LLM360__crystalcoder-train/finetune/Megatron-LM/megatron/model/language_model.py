stub: upstream file of 33087 bytes
