stub: upstream file of 33473 bytes
