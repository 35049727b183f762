stub: upstream file of 28590 bytes
