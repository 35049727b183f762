stub: upstream file of 1087 bytes
