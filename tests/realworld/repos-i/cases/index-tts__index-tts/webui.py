stub: upstream file of 54244 bytes
