stub: upstream file of 48087 bytes
