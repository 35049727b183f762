stub: upstream file of 9238 bytes
