stub: upstream file of 6937 bytes
