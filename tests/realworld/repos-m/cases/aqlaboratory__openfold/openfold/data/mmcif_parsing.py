stub: upstream file of 18438 bytes
