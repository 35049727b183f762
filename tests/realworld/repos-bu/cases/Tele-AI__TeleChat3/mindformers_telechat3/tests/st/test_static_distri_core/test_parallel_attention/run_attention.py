stub: upstream file of 4118 bytes
