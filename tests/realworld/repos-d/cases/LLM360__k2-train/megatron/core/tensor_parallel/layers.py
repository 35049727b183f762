stub: upstream file of 31236 bytes
