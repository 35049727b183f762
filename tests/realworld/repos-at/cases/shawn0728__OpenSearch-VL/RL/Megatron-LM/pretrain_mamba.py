stub: upstream file of 9453 bytes
