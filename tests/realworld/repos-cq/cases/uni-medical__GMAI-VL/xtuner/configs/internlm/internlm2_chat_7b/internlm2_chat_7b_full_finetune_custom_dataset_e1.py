stub: upstream file of 7473 bytes
