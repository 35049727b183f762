stub: upstream file of 63572 bytes
