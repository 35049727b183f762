stub: upstream file of 115691 bytes
