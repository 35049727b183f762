stub: upstream file of 13691 bytes
