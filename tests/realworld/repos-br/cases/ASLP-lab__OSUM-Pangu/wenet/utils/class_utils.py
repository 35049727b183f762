stub: upstream file of 3359 bytes
