stub: upstream file of 6591 bytes
