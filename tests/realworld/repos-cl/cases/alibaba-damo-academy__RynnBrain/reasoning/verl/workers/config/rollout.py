stub: upstream file of 5657 bytes
