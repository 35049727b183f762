stub: upstream file of 8794 bytes
