stub: upstream file of 29610 bytes
