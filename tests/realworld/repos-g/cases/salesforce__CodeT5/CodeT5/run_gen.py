stub: upstream file of 20087 bytes
