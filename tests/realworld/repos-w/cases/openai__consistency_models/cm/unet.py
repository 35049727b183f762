stub: upstream file of 27529 bytes
