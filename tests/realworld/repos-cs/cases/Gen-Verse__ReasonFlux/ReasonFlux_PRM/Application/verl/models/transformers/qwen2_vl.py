stub: upstream file of 19466 bytes
