stub: upstream file of 5453 bytes
