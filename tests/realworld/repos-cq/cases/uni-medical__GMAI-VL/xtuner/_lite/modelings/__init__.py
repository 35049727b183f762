stub: upstream file of 492 bytes
