stub: upstream file of 6522 bytes
