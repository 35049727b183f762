stub: upstream file of 64258 bytes
