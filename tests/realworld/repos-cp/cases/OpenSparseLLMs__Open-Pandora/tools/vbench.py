stub: upstream file of 5438 bytes
