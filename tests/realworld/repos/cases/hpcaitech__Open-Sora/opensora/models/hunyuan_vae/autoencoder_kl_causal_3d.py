stub: upstream file of 26473 bytes
