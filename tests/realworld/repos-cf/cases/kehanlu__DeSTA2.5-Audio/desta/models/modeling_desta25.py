stub: upstream file of 29087 bytes
