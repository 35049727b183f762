stub: upstream file of 15254 bytes
