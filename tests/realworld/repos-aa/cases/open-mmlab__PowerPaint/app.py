stub: upstream file of 32264 bytes
