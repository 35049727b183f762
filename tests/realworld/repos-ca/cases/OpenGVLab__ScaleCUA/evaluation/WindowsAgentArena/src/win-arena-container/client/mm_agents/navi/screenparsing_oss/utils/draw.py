stub: upstream file of 496 bytes
