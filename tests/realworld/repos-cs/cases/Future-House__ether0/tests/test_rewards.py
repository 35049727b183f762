stub: upstream file of 18087 bytes
