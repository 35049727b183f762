stub: upstream file of 20772 bytes
