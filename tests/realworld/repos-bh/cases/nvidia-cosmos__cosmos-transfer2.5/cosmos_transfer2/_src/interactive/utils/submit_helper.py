stub: upstream file of 9691 bytes
