stub: upstream file of 67692 bytes
