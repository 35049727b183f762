stub: upstream file of 6473 bytes
