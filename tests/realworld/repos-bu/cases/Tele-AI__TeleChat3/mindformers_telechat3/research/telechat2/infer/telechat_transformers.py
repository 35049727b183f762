stub: upstream file of 22666 bytes
