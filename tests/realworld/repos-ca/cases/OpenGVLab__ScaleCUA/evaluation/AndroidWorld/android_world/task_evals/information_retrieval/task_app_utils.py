stub: upstream file of 11087 bytes
