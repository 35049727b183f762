stub: upstream file of 11473 bytes
