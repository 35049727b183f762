stub: upstream file of 73695 bytes
