stub: upstream file of 6616 bytes
