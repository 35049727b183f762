stub: upstream file of 50691 bytes
