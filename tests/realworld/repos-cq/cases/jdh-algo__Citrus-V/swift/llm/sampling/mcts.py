stub: upstream file of 17087 bytes
