stub: upstream file of 3581 bytes
