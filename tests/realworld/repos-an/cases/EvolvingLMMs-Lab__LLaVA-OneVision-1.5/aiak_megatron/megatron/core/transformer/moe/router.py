stub: upstream file of 15453 bytes
