stub: upstream file of 183265 bytes
