stub: upstream file of 473 bytes
