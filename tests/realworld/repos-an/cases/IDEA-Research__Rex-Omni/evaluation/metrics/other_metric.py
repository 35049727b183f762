stub: upstream file of 69516 bytes
