stub: upstream file of 10473 bytes
