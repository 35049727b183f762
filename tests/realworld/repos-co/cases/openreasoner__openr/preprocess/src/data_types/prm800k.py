stub: upstream file of 6647 bytes
