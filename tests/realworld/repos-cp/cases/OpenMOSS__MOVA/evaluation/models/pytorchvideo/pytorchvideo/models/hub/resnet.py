stub: upstream file of 5566 bytes
