stub: upstream file of 19305 bytes
