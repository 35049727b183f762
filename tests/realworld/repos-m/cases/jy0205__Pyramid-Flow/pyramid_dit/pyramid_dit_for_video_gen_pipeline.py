stub: upstream file of 56946 bytes
