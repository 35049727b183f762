stub: upstream file of 6691 bytes
