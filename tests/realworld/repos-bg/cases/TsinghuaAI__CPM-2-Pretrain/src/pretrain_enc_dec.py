stub: upstream file of 29473 bytes
