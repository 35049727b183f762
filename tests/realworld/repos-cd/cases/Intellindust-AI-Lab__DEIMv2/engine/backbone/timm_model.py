stub: upstream file of 2087 bytes
